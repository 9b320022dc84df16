// The briefer's deck in a real Chromium: the cybercrime story becomes a .pptx from the Stories
// panel, with progress said step by step and the view left as it was; the file read back has a
// title slide and one slide per step with the quotes in the notes; LibreOffice Impress converts
// it to a PDF of as many pages, and a page drawn as PNG (kept to look at) is not blank.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { stepSources } from '../../src/model/stepSources';
import { realGraph } from '../fixtures/realGraph';
import { readDeck } from '../helpers/readDeck';
import { SCREENSHOT_DIR, openApp, sessionPerTest } from './browser';
import { waitForStillGraph } from './stillGraph';

interface StoryJson {
  id: string;
  title: string;
  steps: { title: string; caption: string; focus: string[] }[];
}
const stories = (JSON.parse(readFileSync('data/stories.json', 'utf8')) as { stories: StoryJson[] })
  .stories;
const cyber = stories.find((s) => s.id === 'cybercrime');
if (!cyber) throw new Error('data/stories.json has no cybercrime story');
const story: StoryJson = cyber;
const OUT = 'test-results/pptx';

/** Share of a PNG's pixels that are not near white, and how many colours it has (decoded in the page). */
function inkOf(s: ReturnType<typeof sessionPerTest>, png: Buffer) {
  return s.page.evaluate(async (b64) => {
    const data = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
    const bitmap = await createImageBitmap(new Blob([data], { type: 'image/png' }));
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('no 2D canvas');
    ctx.drawImage(bitmap, 0, 0);
    const px = ctx.getImageData(0, 0, bitmap.width, bitmap.height).data;
    let ink = 0;
    const colours = new Set<number>();
    for (let i = 0; i < px.length; i += 4) {
      const [r, g, b] = [px[i] ?? 255, px[i + 1] ?? 255, px[i + 2] ?? 255];
      if (r < 230 || g < 230 || b < 230) ink += 1;
      colours.add(((r >> 4) << 8) | ((g >> 4) << 4) | (b >> 4));
    }
    return {
      width: bitmap.width,
      height: bitmap.height,
      ink: ink / (px.length / 4),
      colours: colours.size,
    };
  }, png.toString('base64'));
}

describe('story → PowerPoint', () => {
  const s = sessionPerTest();

  it(
    'downloads the cybercrime story as a deck that LibreOffice opens',
    { timeout: 240_000 },
    async () => {
      const { page } = s;
      await openApp(s, `?story=${story.id}&step=2&panel=stories`);
      await waitForStillGraph(page);
      const before = new URL(page.url()).search;
      const history = await page.evaluate(() => window.history.length);
      // Every text the live region says while the deck is made.
      await page.evaluate(() => {
        const w = window as unknown as { __said: string[] };
        w.__said = [];
        new MutationObserver(() => {
          for (const el of document.querySelectorAll('.stories-panel [role="status"]'))
            if (el.textContent) w.__said.push(el.textContent);
        }).observe(document.body, { subtree: true, childList: true, characterData: true });
      });
      const [download] = await Promise.all([
        page.waitForEvent('download', { timeout: 180_000 }),
        page.getByRole('button', { name: 'Download as PowerPoint' }).click(),
      ]);
      expect(download.suggestedFilename()).toBe('cybercrime.pptx');
      const bytes = readFileSync(await download.path());
      await page.getByText('cybercrime.pptx is downloaded').waitFor();
      const said = await page.evaluate(() => (window as unknown as { __said: string[] }).__said);
      expect(said).toContain(`Step 3 of ${story.steps.length}…`);
      // The view and the camera went back to where the briefer was, out of Back/Forward history.
      await waitForStillGraph(page);
      expect(new URL(page.url()).search).toBe(before);
      await expect(page.evaluate(() => window.history.length)).resolves.toBe(history);

      const deck = await readDeck(bytes);
      expect(deck.slides).toHaveLength(story.steps.length + 1);
      const graph = realGraph();
      story.steps.forEach((step, i) => {
        const slide = deck.slides[i + 1];
        expect(slide?.paragraphs).toContain(step.title);
        expect(slide?.paragraphs).toContain(step.caption);
        for (const node of stepSources(graph, step.focus))
          for (const source of node.sources) expect(slide?.notes).toContain(source.quote);
        // A real picture of the step, at its own aspect.
        const [picture] = slide?.pictures ?? [];
        expect(picture?.png.width).toBeGreaterThan(600);
        if (picture)
          expect(picture.cx / picture.cy).toBeCloseTo(picture.png.width / picture.png.height, 2);
      });

      // LibreOffice Impress converts it to PDF, one page a slide, and a page is drawn as PNG.
      const tools = inject('officeTools');
      rmSync(OUT, { recursive: true, force: true });
      mkdirSync(OUT, { recursive: true });
      const pptx = join(OUT, 'cybercrime.pptx');
      writeFileSync(pptx, bytes);
      const profile = `file:///tmp/e2e-soffice-${process.pid}`;
      execFileSync(
        tools.soffice,
        [
          `-env:UserInstallation=${profile}`,
          '--headless',
          '--convert-to',
          'pdf',
          '--outdir',
          OUT,
          pptx,
        ],
        { stdio: 'pipe', timeout: 150_000 },
      );
      const pdf = join(OUT, 'cybercrime.pdf');
      const info = execFileSync(tools.pdfinfo, [pdf], { encoding: 'utf8' });
      expect(/^Pages:\s+(\d+)/m.exec(info)?.[1]).toBe(String(story.steps.length + 1));
      execFileSync(tools.pdftoppm, [
        '-png',
        '-r',
        '50',
        '-f',
        '3',
        '-l',
        '3',
        pdf,
        join(OUT, 'page'),
      ]);
      const pagePng = readFileSync(
        join(OUT, `page-${story.steps.length + 1 >= 10 ? '03' : '3'}.png`),
      );
      mkdirSync(SCREENSHOT_DIR, { recursive: true });
      writeFileSync(join(SCREENSHOT_DIR, 'pptx-libreoffice-step2.png'), pagePng); // to look at
      const page3 = await inkOf(s, pagePng);
      expect(page3.width / page3.height).toBeCloseTo(16 / 9, 1);
      expect(page3.ink).toBeGreaterThan(0.03);
      expect(page3.colours).toBeGreaterThan(20);
    },
  );
});
