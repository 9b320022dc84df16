/**
 * The benchmark's legibility report: opens a fixed list of views (the overview and five focused
 * nodes at 1440×900 and 1280×720, presenter steps and the presenter overview at 1920×1080), each
 * in a fresh context, waits until the graph is still and its labels planned again for where it
 * rests, and reads what is drawn with tests/e2e/legibility.ts. It returns the readings; run.ts
 * prints them. Nothing here asserts (labels.e2e.test.ts does).
 */
import type { Browser } from 'playwright-core';
import { readLegibility, type Legibility } from '../e2e/legibility';
import { waitForStillGraph } from '../e2e/stillGraph';

export interface LegibilityRow {
  view: string;
  width: number;
  height: number;
  reading: Legibility;
}

const WINDOWS = [
  { width: 1440, height: 900 },
  { width: 1280, height: 720 },
] as const;
const PRESENTER = { width: 1920, height: 1080 } as const;

/** Focused views: [name, query]. */
const FOCUSED = [
  ['declaration:2014-joint-declaration', '?node=declaration:2014-joint-declaration'],
  ['area:cybercrime', '?node=area:cybercrime'],
  ['organization:jaif', '?node=organization:jaif'],
  ['declaration:recaap', '?node=declaration:recaap'],
  ['forum:ajct-dialogue, 2 hops', '?node=forum:ajct-dialogue&hops=2'],
] as const;

const VIEWS: readonly { view: string; query: string; width: number; height: number }[] = [
  ...WINDOWS.flatMap((size) => [
    { view: 'overview', query: '', ...size },
    ...FOCUSED.map(([view, query]) => ({ view, query, ...size })),
  ]),
  ...(
    [
      ['present asean-japan-over-time step 1', '?story=asean-japan-over-time&step=1&present=1'],
      ['present asean-japan-over-time step 4', '?story=asean-japan-over-time&step=4&present=1'],
      ['present terrorism step 3', '?story=terrorism&step=3&present=1'],
      ['present overview', '?present=1'],
    ] as const
  ).map(([view, query]) => ({ view, query, ...PRESENTER })),
];

/** Reads every view of VIEWS from the app served at `baseUrl`, one fresh context each. */
export async function readLegibilityViews(
  browser: Browser,
  baseUrl: string,
): Promise<LegibilityRow[]> {
  const rows: LegibilityRow[] = [];
  for (const { view, query, width, height } of VIEWS) {
    const context = await browser.newContext({ viewport: { width, height } });
    try {
      // tsx names the functions handed to page.evaluate with its __name helper; give the page one.
      await context.addInitScript('window.__name = (f) => f');
      const page = await context.newPage();
      await page.goto(`${baseUrl}${query}`);
      await page.waitForFunction(
        () => document.querySelector('[aria-label="Graph"]')?.getAttribute('aria-busy') === 'false',
        undefined,
        { timeout: 60_000 },
      );
      // Still, then the labels planned again for where the view rests (150 ms after it stops).
      await waitForStillGraph(page);
      await page.waitForTimeout(250);
      await waitForStillGraph(page);
      rows.push({ view, width, height, reading: await readLegibility(page) });
    } finally {
      await context.close();
    }
  }
  return rows;
}
