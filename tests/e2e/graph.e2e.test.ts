// The graph view in a real Chromium: the legend filters kinds, the toolbar switches layouts and
// depth, a focused node lights its neighbourhood, and the keyboard clears the focus — all in the
// URL. How many nodes are drawn focused, near the focus or highlighted is read from Cytoscape's
// classes (litNodes.ts).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { openApp, sessionPerTest, screenshot, waitForGraph, type Page } from './browser';
import { waitForLitNodes } from './litNodes';
import { waitForStillGraph } from './stillGraph';

interface GraphFile {
  nodes: { key: string }[];
  edges: { source: string; target: string }[];
}
const data = JSON.parse(readFileSync('data/graph.json', 'utf8')) as GraphFile;

/** Nodes within `hops` steps of `start`, either direction (what the view should light). */
function neighbourhoodSize(start: string, hops: number): number {
  const seen = new Set([start]);
  let frontier = [start];
  for (let d = 0; d < hops; d++) {
    const next: string[] = [];
    for (const e of data.edges) {
      for (const [a, b] of [
        [e.source, e.target],
        [e.target, e.source],
      ] as const) {
        if (frontier.includes(a) && !seen.has(b)) {
          seen.add(b);
          next.push(b);
        }
      }
    }
    frontier = next;
  }
  return seen.size;
}

const graph = (page: Page) => page.locator('[aria-label="Graph"]');
const query = (page: Page) => new URL(page.url()).searchParams;

describe('graph view', () => {
  const s = sessionPerTest();

  it('hides a kind from the legend and puts it in the URL', async () => {
    await openApp(s);
    await screenshot(s.page, 'graph-default');
    const legend = s.page.getByRole('group', { name: 'Legend: show or hide kinds' });
    const areas = legend.getByRole('button', { name: /Crime areas/ });
    await expect(areas.getAttribute('aria-pressed')).resolves.toBe('true');
    await areas.click();
    await expect(areas.getAttribute('aria-pressed')).resolves.toBe('false');
    expect(query(s.page).get('hide')).toBe('area');
    await screenshot(s.page, 'graph-areas-hidden');
    await areas.press('Enter');
    expect(query(s.page).get('hide')).toBeNull();
  });

  it('zooms from the keyboard on the focused graph (pictures for a person to check labels)', async () => {
    await openApp(s);
    await graph(s.page).focus();
    for (let i = 0; i < 3; i++) await s.page.keyboard.press('+');
    await waitForStillGraph(s.page);
    await screenshot(s.page, 'graph-zoomed-in');
    await s.page.keyboard.press('0');
    await waitForStillGraph(s.page);
    await screenshot(s.page, 'graph-fit-again');
    await openApp(s, '?present=1&node=area:terrorism');
    await waitForStillGraph(s.page);
    await screenshot(s.page, 'graph-present-terrorism');
  });

  it('switches layouts from the toolbar and keeps them in the URL', async () => {
    await openApp(s);
    const layouts = s.page.getByRole('group', { name: 'Layout' });
    for (const [name, param] of [
      ['Hierarchy', 'hierarchy'],
      ['Concentric', 'concentric'],
      ['Grid', 'grid'],
    ] as const) {
      await layouts.getByRole('button', { name }).click();
      expect(query(s.page).get('layout')).toBe(param);
      await expect(
        layouts.getByRole('button', { name }).getAttribute('aria-pressed'),
      ).resolves.toBe('true');
      await waitForStillGraph(s.page); // the layout animation has ended, for the picture
      await screenshot(s.page, `graph-layout-${param}`);
    }
    await s.page.reload();
    await waitForGraph(s.page);
    await expect(
      layouts.getByRole('button', { name: 'Grid' }).getAttribute('aria-pressed'),
    ).resolves.toBe('true');
  });

  it('lights the focused node and its neighbours to the chosen depth', async () => {
    await openApp(s, '?node=area:cybercrime&hops=2');
    await waitForLitNodes(s.page, neighbourhoodSize('area:cybercrime', 2));
    await waitForStillGraph(s.page);
    await screenshot(s.page, 'graph-focus-cybercrime-2hops');
    await s.page.getByRole('group', { name: 'Neighbourhood depth' }).getByText('1 hop').click();
    expect(query(s.page).get('hops')).toBeNull();
    await waitForLitNodes(s.page, neighbourhoodSize('area:cybercrime', 1));
    await graph(s.page).focus();
    await s.page.keyboard.press('Escape');
    expect(query(s.page).get('node')).toBeNull();
    await waitForLitNodes(s.page, 0);
  });

  it('focuses a node when it is clicked, and Escape leaves the focus for the overview', async () => {
    await openApp(s, '?node=area:sea-piracy');
    await waitForStillGraph(s.page);
    await graph(s.page).focus();
    await s.page.keyboard.press('Escape');
    expect(query(s.page).get('node')).toBeNull();
    await waitForStillGraph(s.page);
    const at = await s.page.evaluate(() => {
      const c = document.querySelector('[aria-label="Graph"]') as
        | (Element & {
            _cyreg?: { cy?: { $id(id: string): { renderedPosition(): { x: number; y: number } } } };
          })
        | null;
      const box = c?.getBoundingClientRect();
      const p = c?._cyreg?.cy?.$id('area:sea-piracy').renderedPosition();
      return box && p ? { x: box.left + p.x, y: box.top + p.y } : null;
    });
    if (!at) throw new Error('no Sea Piracy on the canvas');
    await s.page.mouse.click(at.x, at.y);
    await expect.poll(() => query(s.page).get('node')).toBe('area:sea-piracy');
    await expect(
      s.page
        .getByRole('region', { name: 'Details' })
        .getByRole('heading', { name: 'Sea Piracy' })
        .count(),
    ).resolves.toBeGreaterThan(0);
  });
});
