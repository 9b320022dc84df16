// The focused node's full label is drawn whole. Focusing a node swaps its short label for the
// full one; bounds measured before Cytoscape re-measured that label were once kept, and the label
// was drawn clipped to the short one's box for as long as the node stayed focused. The test
// compares the ink under the node on screen with a fresh render of the same view (cy.png, which
// draws without Cytoscape's caches), over a box wider than the label.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openApp, openBrowser, screenshot, type Session } from './browser';
import { waitForStillGraph } from './stillGraph';

/** Dark pixels inside the focused node's label box: on screen, and in a fresh render. */
function labelInk(s: Session): Promise<{ screen: number; fresh: number }> {
  return s.page.evaluate(async () => {
    interface Box {
      x1: number;
      y1: number;
      w: number;
      h: number;
    }
    interface Cy {
      $(selector: string): { renderedBoundingBox(o: object): Box };
      png(o: object): Promise<Blob>;
    }
    const container = document.querySelector('[aria-label="Graph"]') as
      (Element & { _cyreg?: { cy?: Cy } }) | null;
    const cy = container?._cyreg?.cy;
    const layer = container?.querySelector<HTMLCanvasElement>('canvas[data-id="layer2-node"]');
    if (!cy || !layer) throw new Error('labelInk: no Cytoscape instance or node layer');
    // Below the node's body, 300 px wide: room for the longest label wrapped at 200 px.
    const body = cy.$('node.focus').renderedBoundingBox({ includeLabels: false });
    const centre = body.x1 + body.w / 2;
    const box = { x1: centre - 150, y1: body.y1 + body.h, w: 300, h: 120 };
    const ratio = layer.width / layer.clientWidth;
    const rect = [box.x1, box.y1, box.w, box.h].map((v) => Math.round(v * ratio)) as [
      number,
      number,
      number,
      number,
    ];
    const dark = (data: Uint8ClampedArray) => {
      let count = 0;
      for (let i = 0; i < data.length; i += 4)
        if (
          (data[i + 3] ?? 0) > 128 &&
          (data[i] ?? 0) + (data[i + 1] ?? 0) + (data[i + 2] ?? 0) < 300
        )
          count += 1;
      return count;
    };
    const onScreen = layer.getContext('2d')?.getImageData(...rect).data;
    const image = await createImageBitmap(
      await cy.png({ output: 'blob-promise', full: false, scale: ratio }),
    );
    const canvas = new OffscreenCanvas(image.width, image.height);
    const ctx = canvas.getContext('2d');
    ctx?.drawImage(image, 0, 0);
    const fresh = ctx?.getImageData(...rect).data;
    if (!onScreen || !fresh) throw new Error('labelInk: no 2d context');
    return { screen: dark(onScreen), fresh: dark(fresh) };
  });
}

describe('focused label', () => {
  let s: Session;
  beforeEach(async () => {
    s = await openBrowser();
  });
  afterEach(async () => {
    await s.close();
  });

  it('draws the full label of a node focused from the search, unclipped', async () => {
    await openApp(s);
    const search = s.page.getByRole('combobox', { name: 'Search', exact: true });
    await search.fill('recap');
    await search.press('Enter');
    await s.page.waitForFunction(() => new URL(location.href).searchParams.has('node'));
    await waitForStillGraph(s.page);
    const ink = await labelInk(s);
    expect(ink.fresh).toBeGreaterThan(200);
    expect(ink.screen).toBeGreaterThan(ink.fresh * 0.9);
    await screenshot(s.page, 'focus-label-recaap');
  });
});
