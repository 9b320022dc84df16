// The briefer's path in a real Chromium: open a story step by URL in presenter mode, move on with
// the keys a clicker sends, leave with Escape; export the view as a 2× PNG of the promised size;
// print the story as a handout with one step per page.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { pictureLayout } from '../../src/ui/export/pngLayout';
import { KIND_STYLE } from '../../src/view/kindStyle';
import { CANVAS_PALETTES } from '../../src/view/canvasTheme';
import { SCREENSHOT_DIR, openApp, sessionPerTest, screenshot, waitForGraph } from './browser';
import { waitForStillGraph } from './stillGraph';
import { litNodes } from './litNodes';

interface StoryJson {
  id: string;
  steps: { title: string; caption: string; focus: string[]; hidden: string[] }[];
}
const stories = (JSON.parse(readFileSync('data/stories.json', 'utf8')) as { stories: StoryJson[] })
  .stories;
const cyber = stories.find((s) => s.id === 'cybercrime');
if (!cyber) throw new Error('data/stories.json has no cybercrime story');
const [step1, step2, step3] = cyber.steps;
if (!step1 || !step2 || !step3) throw new Error('the cybercrime story needs three steps');

/** Width and height from a PNG's IHDR chunk. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  expect(bytes.subarray(12, 16).toString('latin1')).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

const query = (url: string) => new URL(url).searchParams;

describe('briefing: stories, presenter mode and pictures', () => {
  const s = sessionPerTest();

  /** Saves `story` as the person's own, opens `query` and waits until the view rests at `zoom`. */
  async function openWithOwnStory(story: object, query: string, zoom: number): Promise<void> {
    await openApp(s, '');
    await s.page.evaluate(
      (file) => localStorage.setItem('ajx.stories.v1', file),
      JSON.stringify({ version: 1, stories: [story] }),
    );
    await openApp(s, query);
    await expect
      .poll(async () => (await waitForStillGraph(s.page)).zoom, { timeout: 10_000 })
      .toBeCloseTo(zoom, 2);
  }

  it('opens a story step by URL, follows clicker keys and leaves with Escape', async () => {
    const { page } = s;
    await openApp(s, '?story=cybercrime&step=1&present=1');
    const caption = page.getByTestId('presenter-caption');
    await expect(caption.textContent()).resolves.toBe(step1.caption);
    const counter = page.locator('.presenter-counter');
    await expect(counter.textContent()).resolves.toBe(`1 / ${cyber.steps.length}`);
    // Chrome is hidden: no header, no side panel.
    await expect(page.locator('.app-header').isVisible()).resolves.toBe(false);
    await expect(page.locator('.app-side').isVisible()).resolves.toBe(false);
    await waitForStillGraph(page); // the focus animation has ended, for the screenshot
    await screenshot(page, 'brief-present-step1');

    await page.keyboard.press('ArrowRight');
    await page.waitForFunction(
      (text) => document.querySelector('[data-testid="presenter-caption"]')?.textContent === text,
      step2.caption,
    );
    await expect(counter.textContent()).resolves.toBe(`2 / ${cyber.steps.length}`);
    await expect(page.locator('.presenter-title').textContent()).resolves.toBe(step2.title);
    const params = query(page.url());
    expect(params.get('step')).toBe('2');
    expect(params.get('node')).toBe(step2.focus[0]);
    expect(params.get('present')).toBe('1');
    // Every focus node of the step is lit.
    const lit = await litNodes(page);
    expect(lit).toBeGreaterThanOrEqual(step2.focus.length);
    await waitForStillGraph(page);
    await screenshot(page, 'brief-present-step2');

    // Page Down (what most clickers send) moves on, and the focused node follows the step.
    await page.keyboard.press('PageDown');
    await page.waitForFunction(
      (node) => new URL(location.href).searchParams.get('node') === node,
      step3.focus[0] ?? '',
    );
    expect(query(page.url()).get('step')).toBe('3');
    await page.keyboard.press('PageUp');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('step') === '2');

    // Full screen: F leaves it and keeps presenting; Escape leaves both.
    await page.getByRole('button', { name: 'Full screen' }).click();
    await page.waitForFunction(() => Boolean(document.fullscreenElement));
    await page.keyboard.press('f');
    await page.waitForFunction(() => !document.fullscreenElement);
    expect(query(page.url()).get('present')).toBe('1');
    await page.getByRole('button', { name: 'Full screen' }).click();
    await page.waitForFunction(() => Boolean(document.fullscreenElement));

    await page.keyboard.press('Escape');
    await page.waitForFunction(() => !new URL(location.href).searchParams.has('present'));
    await expect(page.evaluate(() => Boolean(document.fullscreenElement))).resolves.toBe(false);
    await expect(page.locator('.app-header').isVisible()).resolves.toBe(true);
  });

  it('opens an unknown story with a quiet notice, not a blank page', async () => {
    await openApp(s, '?story=no-such-story&step=1');
    await expect(
      s.page.getByRole('status').filter({ hasText: 'There is no story' }).textContent(),
    ).resolves.toContain('no-such-story');
    await expect(s.page.locator('.app-header').isVisible()).resolves.toBe(true);
    // A link copied now does not carry the unknown story on.
    await s.page.waitForFunction(() => !new URL(location.href).searchParams.has('story'));
    await expect(s.page.evaluate(() => location.search)).resolves.not.toContain('step');
  });

  it('plays a built-in story from the Stories panel and captures a view into an own story', async () => {
    const { page } = s;
    await openApp(s, '?panel=stories&node=area:cybercrime');
    await page.getByRole('button', { name: 'Play Cybercrime' }).click();
    await page.waitForFunction(
      () => new URL(location.href).searchParams.get('story') === 'cybercrime',
    );
    await page.getByRole('button', { name: '3. Existing channels for investigations' }).click();
    await page.waitForFunction(
      (node) => new URL(location.href).searchParams.get('node') === node,
      step3.focus[0] ?? '',
    );
    await waitForStillGraph(page);
    await screenshot(page, 'brief-panel-playing');
    await page.getByRole('button', { name: 'Capture current view as a step' }).click();
    await page
      .getByRole('textbox', { name: 'Caption of step 1' })
      .fill('Channels for investigations.');
    await page.reload();
    await waitForGraph(page);
    await expect(
      page.getByRole('textbox', { name: 'Caption of step 1' }).inputValue(),
    ).resolves.toBe('Channels for investigations.');
    await screenshot(page, 'brief-panel-own-story');
  });

  it('exports own stories as a file and imports it again after the browser forgot them', async () => {
    const { page } = s;
    await openApp(s, '?panel=stories&node=forum:ajcc-dialogue');
    await page.getByRole('button', { name: 'Capture current view as a step' }).click();
    await page.getByRole('textbox', { name: 'Caption of step 1' }).fill('The AJCC Dialogue.');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export my stories' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('stories.json');
    const file = await download.path();

    // Typing is saved a moment later; once it is, the browser forgets everything.
    await page.waitForFunction(() =>
      localStorage.getItem('ajx.stories.v1')?.includes('The AJCC Dialogue.'),
    );
    await page.evaluate(() => localStorage.clear());
    await openApp(s, '?panel=stories');
    // The Stories panel loads as its own chunk: wait for it, then check nothing else is listed.
    await page.getByText('None yet.', { exact: false }).waitFor();
    await expect(page.getByText('None yet.', { exact: false }).count()).resolves.toBe(1);
    // A foreign file first: refused, nothing changes.
    await page.getByLabel('Stories file to import').setInputFiles({
      name: 'graph.json',
      mimeType: 'application/json',
      buffer: readFileSync('data/graph.json'),
    });
    await expect(page.getByRole('alert').textContent()).resolves.toContain(
      'Nothing was imported from graph.json',
    );
    await page.getByLabel('Stories file to import').setInputFiles(file);
    await page.getByText('Imported 1 story.').waitFor();
    await page.getByRole('button', { name: 'Play My story' }).click();
    await expect(
      page.getByRole('textbox', { name: 'Caption of step 1' }).inputValue(),
    ).resolves.toBe('The AJCC Dialogue.');
  });

  it('replays the zoom and pan a step was captured with', async () => {
    const { page } = s;
    const story = {
      id: 'mine',
      title: 'Mine',
      steps: [
        {
          title: 'Zoomed out',
          caption: 'A wide view.',
          focus: ['area:cybercrime'],
          hidden: [],
          layout: 'fcose',
          viewport: { zoom: 0.4, pan: { x: 120, y: 60 } },
        },
      ],
    };
    await openWithOwnStory(story, '?story=mine&step=1&panel=stories', 0.4);
    await page.getByRole('button', { name: 'Capture current view as a step' }).click();
    const saved = await page.evaluate(() => localStorage.getItem('ajx.stories.v1') ?? '');
    const steps = (JSON.parse(saved) as { stories: (typeof story)[] }).stories[0]?.steps;
    expect(steps).toHaveLength(2);
    const viewport = steps?.[1]?.viewport;
    expect(viewport?.zoom).toBeCloseTo(0.4, 2);
    expect(viewport?.pan.x).toBeCloseTo(120, 0);
    expect(viewport?.pan.y).toBeCloseTo(60, 0);
  });

  it('goes to the next step’s viewport in one move, with no close-up on the way', async () => {
    const { page } = s;
    const step = (focus: string, layout: string, zoom: number, x: number) => ({
      title: focus,
      caption: '',
      focus: [focus],
      hidden: [],
      layout,
      viewport: { zoom, pan: { x, y: 40 } },
    });
    const story = {
      id: 'wide',
      title: 'Wide views',
      steps: [
        step('area:cybercrime', 'fcose', 0.5, 100),
        step('forum:ajcc-dialogue', 'fcose', 0.7, 60),
        step('area:sea-piracy', 'grid', 0.3, 30),
      ],
    };
    await openWithOwnStory(story, '?story=wide&step=1&present=1', 0.5);
    for (const [from, to] of [
      [0.5, 0.7], // a new focus
      [0.7, 0.3], // a new focus and a new layout
    ] as const) {
      // Every frame's zoom from the key press until the graph rests.
      await page.evaluate(() => {
        const w = window as unknown as { __zooms: number[]; __recording: boolean };
        const c = document.querySelector('[aria-label="Graph"]') as
          (Element & { _cyreg?: { cy?: { zoom(): number } } }) | null;
        w.__zooms = [];
        w.__recording = true;
        const frame = () => {
          const zoom = c?._cyreg?.cy?.zoom();
          if (zoom !== undefined) w.__zooms.push(zoom);
          if (w.__recording) requestAnimationFrame(frame);
        };
        requestAnimationFrame(frame);
      });
      await page.keyboard.press('ArrowRight');
      await expect
        .poll(async () => (await waitForStillGraph(page)).zoom, { timeout: 10_000 })
        .toBeCloseTo(to, 2);
      const zooms = await page.evaluate(() => {
        const w = window as unknown as { __zooms: number[]; __recording: boolean };
        w.__recording = false;
        return w.__zooms;
      });
      // One move: every zoom on the way lies between the two steps' zooms.
      const [low, high] = [Math.min(from, to) - 0.01, Math.max(from, to) + 0.01];
      expect(zooms.filter((z) => z < low || z > high)).toEqual([]);
      expect(zooms.some((z) => z > low + 0.02 && z < high - 0.02)).toBe(true);
    }
  });

  it('exports the view as a 2× PNG of the promised size', async () => {
    const { page } = s;
    await openApp(s, '?story=cybercrime&step=2');
    await waitForStillGraph(page); // the step's focus animation has ended: the picture shows it
    const box = await page.locator('[aria-label="Graph"]').evaluate((el) => ({
      width: el.clientWidth,
      height: el.clientHeight,
    }));
    await page.getByRole('button', { name: 'Export', exact: true }).click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'PNG 2×' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/@2x\.png$/);
    const path = await download.path();
    const bytes = readFileSync(path);
    const size = pngSize(bytes);
    const kinds = 8 - step2.hidden.length;
    // Cropped to what the step is about: no larger than the canvas, the bands around it as promised.
    const whole = pictureLayout(box.width * 2, box.height * 2, 2, kinds);
    expect(size.width).toBeLessThanOrEqual(whole.width);
    // The bands depend on the picture's width only; the graph part is no taller than the canvas.
    const bands = pictureLayout(size.width, 0, 2, kinds);
    expect(size.height - bands.height).toBeLessThanOrEqual(box.height * 2);
    // It decodes in the browser at that size, and the graph fills its part of the picture: the
    // drawn content reaches within a margin of every edge (no empty third).
    const decoded = await page.evaluate(
      async ({ b64, top, bottom }) => {
        const data = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
        const bitmap = await createImageBitmap(new Blob([data], { type: 'image/png' }));
        const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
        const ctx = canvas.getContext('2d');
        if (!ctx) throw new Error('no 2D canvas');
        ctx.drawImage(bitmap, 0, 0);
        const h = bitmap.height - top - bottom;
        const px = ctx.getImageData(0, top, bitmap.width, h).data;
        let [x1, y1, x2, y2] = [Infinity, Infinity, -1, -1];
        for (let y = 0; y < h; y++)
          for (let x = 0; x < bitmap.width; x++) {
            const i = (y * bitmap.width + x) * 4;
            if ((px[i] ?? 255) < 235 || (px[i + 1] ?? 255) < 235 || (px[i + 2] ?? 255) < 235) {
              x1 = Math.min(x1, x);
              x2 = Math.max(x2, x);
              y1 = Math.min(y1, y);
              y2 = Math.max(y2, y);
            }
          }
        return {
          width: bitmap.width,
          height: bitmap.height,
          fill: { x: (x2 - x1 + 1) / bitmap.width, y: (y2 - y1 + 1) / h },
        };
      },
      { b64: bytes.toString('base64'), top: bands.titleBand * 2, bottom: bands.legendBand * 2 },
    );
    expect(decoded.fill.x).toBeGreaterThan(0.85);
    expect(decoded.fill.y).toBeGreaterThan(0.8);
    mkdirSync(SCREENSHOT_DIR, { recursive: true });
    writeFileSync(`${SCREENSHOT_DIR}/brief-export-2x.png`, bytes); // to look at

    await page.getByRole('button', { name: 'Export', exact: true }).click();
    const [svgDownload] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'SVG' }).click(),
    ]);
    expect(svgDownload.suggestedFilename()).toMatch(/\.svg$/);
    const svg = readFileSync(await svgDownload.path(), 'utf8');
    expect(svg).toMatch(/<svg[\s>]/);
    expect(svg).toContain(step2.title);
    // It carries the label font, so it draws the same wherever it is opened.
    expect(svg).toMatch(
      /@font-face\{font-family:'Atkinson Hyperlegible'[^}]*data:font\/woff2;base64,/,
    );
    // Every shape is its own path and no label is stroked: the actions' round triangles once
    // ran into the shape drawn before them (filled bars) and painted their fill and border on
    // the label before them, so the step's lit actions were missing.
    const outlines = [...svg.matchAll(/<path\b[^>]*\sd="([^"]*)"/g)].map((m) => m[1] ?? '');
    expect(outlines.filter((d) => d.split('Z').length > 2).map((d) => d.slice(0, 80))).toEqual([]);
    expect(svg).not.toMatch(/<text\b[^>]*\sstroke="rgb/);
    const action = KIND_STYLE.action.color
      .slice(1)
      .match(/../g)
      ?.map((h) => parseInt(h, 16));
    const opaqueActions = svg.match(
      new RegExp(`<path fill="rgb\\(${action?.join(',')}\\)"[^>]*fill-opacity="1"`, 'g'),
    );
    expect(opaqueActions?.length).toBeGreaterThan(0);
    const viewer = await s.browser.newPage(); // to look at
    await viewer.setContent(svg);
    await viewer.screenshot({ path: `${SCREENSHOT_DIR}/brief-export.svg.png`, fullPage: true });
    await viewer.close();
    expect({ width: decoded.width, height: decoded.height }).toEqual(size);
  });

  it('exports a picture in the theme shown: bands and graph on the same dark paper', async () => {
    const { page } = s;
    await openApp(s, '?story=cybercrime&step=2&theme=dark');
    await waitForStillGraph(page);
    await page.getByRole('button', { name: 'Export', exact: true }).click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'PNG 1×' }).click(),
    ]);
    const bytes = readFileSync(await download.path());
    // The top-left corner (title band) and the bottom-right one (legend band), and the middle
    // of the graph's left edge: all the dark canvas's background.
    const corners = await page.evaluate(async (b64) => {
      const data = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
      const bitmap = await createImageBitmap(new Blob([data], { type: 'image/png' }));
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
      const ctx = canvas.getContext('2d');
      if (!ctx) throw new Error('no 2D canvas');
      ctx.drawImage(bitmap, 0, 0);
      const at = (x: number, y: number) => {
        const [r, g, b] = ctx.getImageData(x, y, 1, 1).data;
        return `#${[r, g, b].map((v) => (v ?? 0).toString(16).padStart(2, '0')).join('')}`;
      };
      return [at(1, 1), at(bitmap.width - 2, bitmap.height - 2), at(1, bitmap.height / 2)];
    }, bytes.toString('base64'));
    expect(corners).toEqual([
      CANVAS_PALETTES.dark.background,
      CANVAS_PALETTES.dark.background,
      CANVAS_PALETTES.dark.background,
    ]);
    writeFileSync(`${SCREENSHOT_DIR}/brief-export-dark.png`, bytes); // to look at
  });

  it('prints the story as a handout, one step per page', async () => {
    const { page } = s;
    await openApp(s, '?story=cybercrime&step=1&panel=stories');
    await page.evaluate(() => {
      window.print = () => undefined; // the dialog itself is the browser's
    });
    await page.getByRole('button', { name: 'Print handout' }).click();
    await page.locator('.print-story .print-step').first().waitFor({ state: 'attached' });
    await expect(page.locator('.print-story .print-step').count()).resolves.toBe(
      cyber.steps.length,
    );
    await expect(page.locator('.print-story img').count()).resolves.toBe(cyber.steps.length);
    await page.emulateMedia({ media: 'print' });
    await page.screenshot({ path: `${SCREENSHOT_DIR}/brief-print.png`, fullPage: true });
    const pdf = await page.pdf({ format: 'A4', landscape: true, printBackground: true });
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? [];
    expect(pages.length).toBe(cyber.steps.length + 1);
    // The view went back to the step the briefer was on.
    expect(query(page.url()).get('step')).toBe('1');
  });

  it('prints a handout on white paper from the dark theme, and the canvas stays dark', async () => {
    const { page } = s;
    await openApp(s, '?story=cybercrime&step=1&panel=stories&theme=dark');
    await page.evaluate(() => {
      window.print = () => undefined;
    });
    await page.getByRole('button', { name: 'Print handout' }).click();
    await page.locator('.print-story img').first().waitFor({ state: 'attached' });
    const corner = await page
      .locator('.print-story img')
      .first()
      .evaluate(async (img) => {
        const bitmap = await createImageBitmap(img as HTMLImageElement);
        const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
        const ctx = canvas.getContext('2d');
        if (!ctx) throw new Error('no 2D canvas');
        ctx.drawImage(bitmap, 0, 0);
        return [...ctx.getImageData(1, 1, 1, 1).data.slice(0, 3)];
      });
    expect(corner).toEqual([255, 255, 255]);
    // The canvas is drawn in the dark theme again: its labels are light ink.
    const ink = await page.evaluate(() => {
      interface Cy {
        nodes(): { first(): { style(name: string): string } };
      }
      const container = document.querySelector('[aria-label="Graph"]') as
        (Element & { _cyreg?: { cy?: Cy } }) | null;
      return container?._cyreg?.cy?.nodes().first().style('color') ?? '';
    });
    expect(ink).toBe(hexToRgb(CANVAS_PALETTES.dark.ink));
  });
});

/** `#rrggbb` as Cytoscape reports a colour: `rgb(r,g,b)`. */
function hexToRgb(hex: string): string {
  const [r, g, b] = (hex.slice(1).match(/../g) ?? []).map((h) => parseInt(h, 16));
  return `rgb(${r},${g},${b})`;
}
