/**
 * `npm run bench` (after `vite build`): serves the built app, an empty Vite + React page and a
 * bare Cytoscape page (the app's elements and style, nothing else) the same way, drives headless
 * Chromium over several cold loads (a fresh context each) and prints medians and ratios from this
 * one run: load → graph ready (aria-busy="false") against the empty page and against the bare
 * Cytoscape page (the floor for any Cytoscape-drawn first picture; also with Cytoscape's default
 * style, and with no elements), search time per keystroke (the search function in Node, and
 * input → results in the page), time to focus a node, in normal and presenter mode, and a step
 * of the year slider (input → the period's scene shown, tests/bench/inPage.ts); then a
 * legibility report (legibility.ts): for a fixed list of views (overview, focused nodes,
 * presenter steps), the labels drawn, the smallest on screen, overlaps, labels covering a node or
 * leaving the canvas, unnamed nodes around the focus; then the hard cases (hardCases.ts): a
 * 10,000-step story opened and typed into, a 100 KB query pasted; and the single file's size and
 * its cold load from file://, in Chromium and in Firefox ESR (firefoxLoads.ts). It prints
 * numbers; nothing here asserts.
 * BENCH_RUNS sets the number of cold loads (default 7); E2E_DIST the app build (default dist).
 */
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import react from '@vitejs/plugin-react';
import { chromium, type Browser, type Page } from 'playwright-core';
import { build } from 'vite';
import { embeddedDataPlugin } from '../../scripts/embeddedDataPlugin';
import { readSourceFiles } from '../../scripts/readSourceFiles';
import { loadGraph } from '../../src/model/loadGraph';
import { buildSearchIndex } from '../../src/search/searchIndex';
import { CHROMIUM_FLAGS, findOrInstallChromium } from '../e2e/chromium';
import { startPreview } from '../e2e/previewServer';
import {
  READY_PROBE,
  armEnterProbe,
  enterTime,
  focusTime,
  sliderStepTimes,
  graphMarks,
  readyTime,
  searchTimes,
  startSearchProbe,
} from './inPage';
import { singleFileLoadsInFirefox } from './firefoxLoads';
import { readLegibilityViews, type LegibilityRow } from './legibility';
import { LONG_QUERY_CHARS, LONG_STORY_STEPS, measureHardCases } from './hardCases';

const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const VIEWPORT = { width: 1400, height: 900 };
/** Queries typed one key at a time: a typo, a spaced name, an acronym, a long word. */
const QUERIES = ['recap', 'cyber crime', 'ammtc', 'trafficking in persons'];

const median = (xs: readonly number[]): number => {
  const s = [...xs].filter(Number.isFinite).sort((a, b) => a - b);
  if (s.length === 0) return Number.NaN;
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] ?? 0) : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2;
};
const ms = (x: number) => (x < 10 ? `${x.toFixed(2)} ms` : `${Math.round(x)} ms`);

/** The legibility report, one line per view, columns padded to their widest cell. */
function legibilityTable(rows: readonly LegibilityRow[]): string[] {
  const px = (x: number) => (x > 0 && Number.isFinite(x) ? x.toFixed(1) : '–');
  const head = [
    'view',
    'window',
    'labels',
    'labelled/on screen',
    'smallest px',
    'overlaps',
    'covering',
    'off canvas',
    'unnamed near focus',
    'focus px vs largest other',
  ];
  const cells = [
    head,
    ...rows.map(({ view, width, height, reading: r }) => [
      view,
      `${width}×${height}`,
      String(r.labels.length),
      `${r.labelledOnScreen}/${r.nodesOnScreen}`,
      px(r.smallestPx),
      String(r.overlaps.length),
      String(r.covering.length),
      String(r.offCanvas.length),
      String(r.unnamedNeighbours.length),
      `${px(r.focusPx)} vs ${px(r.largestOtherPx)}`,
    ]),
  ];
  const widths = head.map((_h, i) => Math.max(...cells.map((row) => row[i]?.length ?? 0)));
  // Names left-aligned, numbers right-aligned.
  return cells.map((row) =>
    row.map((c, i) => (i < 2 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join('  '),
  );
}

/** Builds one of the reference pages of tests/bench/ into a temporary folder. */
async function buildReference(page: 'baseline' | 'cytoscapeFloor'): Promise<string> {
  const outDir = mkdtempSync(join(tmpdir(), `bench-${page}-`));
  await build({
    root: resolve('tests/bench', page),
    configFile: false,
    base: './',
    logLevel: 'error',
    plugins: [react(), embeddedDataPlugin(resolve('data'))],
    build: { outDir, emptyOutDir: true, target: 'es2022', chunkSizeWarningLimit: 2000 },
  });
  return outDir;
}

/** One cold load in a fresh context: ms from navigation to ready, and to first contentful paint. */
interface Load {
  ready: number;
  fcp: number;
  marks: Record<string, number>;
}

async function coldLoad(browser: Browser, url: string): Promise<Load> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  try {
    const page = await context.newPage();
    await page.addInitScript(READY_PROBE);
    await page.goto(url);
    const ready = await readyTime(page);
    const fcp = await page.evaluate(
      () => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Number.NaN,
    );
    return { ready, fcp, marks: await graphMarks(page) };
  } finally {
    await context.close();
  }
}

/** One uncounted load of the app; returns the size of its graph box (for the floor page). */
async function graphBox(browser: Browser, url: string): Promise<{ width: number; height: number }> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  try {
    const page = await context.newPage();
    await page.addInitScript(READY_PROBE);
    await page.goto(url);
    await readyTime(page);
    const box = await page.getByRole('application', { name: 'Graph' }).boundingBox();
    if (!box) throw new Error('bench: the app has no Graph box');
    return box;
  } finally {
    await context.close();
  }
}

/** Search as a function, in Node: median ms per keystroke over every prefix of QUERIES. */
function searchFunctionTimes(): number[] {
  const { docs } = readSourceFiles('data');
  const loaded = loadGraph(JSON.parse(readFileSync('data/graph.json', 'utf8')), docs);
  if (!loaded.ok)
    throw new Error(`bench: data/graph.json does not load: ${loaded.problems.length} problem(s)`);
  const index = buildSearchIndex(loaded.graph);
  const times: number[] = [];
  const repeat = 30;
  for (const q of QUERIES) {
    for (let i = 1; i <= q.length; i++) {
      const prefix = q.slice(0, i);
      index.search(prefix); // warm
      const t0 = performance.now();
      for (let r = 0; r < repeat; r++) index.search(prefix);
      times.push((performance.now() - t0) / repeat);
    }
  }
  return times;
}

/** Input → results list update per keystroke in the page, or null when there is no Search box. */
async function searchInPage(page: Page): Promise<number[] | null> {
  const box = page.getByRole('combobox', { name: 'Search', exact: true });
  if ((await box.count()) === 0) return null;
  await box.first().click();
  await startSearchProbe(page);
  for (const q of QUERIES) {
    await box.first().fill('');
    await box.first().pressSequentially(q, { delay: 40 });
  }
  await box.first().fill('');
  return searchTimes(page);
}

/** Enter on the first result of each query → the graph lights the focus (ms each). */
async function enterFocus(page: Page): Promise<number[]> {
  const box = page.getByRole('combobox', { name: 'Search', exact: true }).first();
  const times: number[] = [];
  for (const q of [...QUERIES, ...QUERIES]) {
    await box.fill('');
    await box.pressSequentially(q, { delay: 20 });
    await armEnterProbe(page);
    await box.press('Enter');
    times.push(await enterTime(page));
    await page.waitForTimeout(600);
    await box.focus();
  }
  return times;
}

/** The single-file build (`npm run build:single`): its size and its cold loads from file://. */
const SINGLE_FILE = process.env.E2E_SINGLE ?? 'dist-single/index.html';

async function singleFileLoads(browser: Browser): Promise<{ bytes: number; ready: number[] }> {
  const path = resolve(SINGLE_FILE);
  const url = pathToFileURL(path).href;
  await coldLoad(browser, url); // warm the disk cache, not counted
  const ready: number[] = [];
  for (let i = 0; i < RUNS; i += 1) ready.push((await coldLoad(browser, url)).ready);
  return { bytes: statSync(path).size, ready };
}

async function main(): Promise<void> {
  const appDist = process.env.E2E_DIST ?? 'dist';
  const baselineDist = await buildReference('baseline');
  const floorDist = await buildReference('cytoscapeFloor');
  const app = await startPreview(process.cwd(), appDist);
  const empty = await startPreview(process.cwd(), baselineDist);
  const floor = await startPreview(process.cwd(), floorDist);
  const browser = await chromium.launch({
    executablePath: findOrInstallChromium(),
    headless: true,
    args: [...CHROMIUM_FLAGS],
  });
  try {
    const appRuns: Load[] = [];
    const emptyRuns: Load[] = [];
    const floorRuns: Load[] = [];
    const plainRuns: Load[] = [];
    const bareEmptyRuns: Load[] = [];
    // Warm the servers and the disk cache (not counted); the app's graph box sizes the floor's.
    const box = await graphBox(browser, app.url);
    const floorUrl = `${floor.url}?w=${Math.round(box.width)}&h=${Math.round(box.height)}`;
    await coldLoad(browser, empty.url);
    await coldLoad(browser, floorUrl);
    for (let i = 0; i < RUNS; i++) {
      emptyRuns.push(await coldLoad(browser, empty.url));
      floorRuns.push(await coldLoad(browser, floorUrl));
      plainRuns.push(await coldLoad(browser, `${floorUrl}&variant=plain`));
      bareEmptyRuns.push(await coldLoad(browser, `${floorUrl}&variant=empty`));
      appRuns.push(await coldLoad(browser, app.url));
    }
    const appReady = median(appRuns.map((r) => r.ready));
    const emptyReady = median(emptyRuns.map((r) => r.ready));
    const floorReady = median(floorRuns.map((r) => r.ready));
    const plainReady = median(plainRuns.map((r) => r.ready));
    const bareEmptyReady = median(bareEmptyRuns.map((r) => r.ready));

    const context = await browser.newContext({ viewport: VIEWPORT });
    const page = await context.newPage();
    await page.addInitScript(READY_PROBE);
    await page.goto(app.url);
    await readyTime(page);
    const inPage = await searchInPage(page);
    const enter = inPage ? await enterFocus(page) : null;
    const slider = await sliderStepTimes(page, 12);
    const graph = JSON.parse(readFileSync('data/graph.json', 'utf8')) as {
      nodes: { key: string }[];
    };
    const targets = graph.nodes
      .map((n) => n.key)
      .filter((_k, i) => i % 7 === 0)
      .slice(0, 8);
    const focus: number[] = [];
    const presentFocus: number[] = [];
    for (const [times, query] of [
      [focus, ''],
      [presentFocus, 'present=1&'],
    ] as const) {
      for (const key of targets) {
        times.push(await focusTime(page, key, query));
        await page.waitForTimeout(600); // let the centring animation finish
      }
    }
    await context.close();
    const fn = searchFunctionTimes();
    const legibility = await readLegibilityViews(browser, app.url);
    const hard = await measureHardCases(browser, app.url, Math.min(RUNS, 3));

    console.log(
      `\nbench: ${RUNS} cold loads each, Chromium ${browser.version()}, ${VIEWPORT.width}×${VIEWPORT.height}`,
    );
    console.log(
      `cold load → graph ready: app ${ms(appReady)} vs empty Vite + React page ${ms(emptyReady)}` +
        ` → ratio ${(appReady / emptyReady).toFixed(2)}× (target ≤ 2×)`,
    );
    console.log(
      `  bare Cytoscape page (same elements, style, positions; no React, no app): ${ms(floorReady)}` +
        ` = ${(floorReady / emptyReady).toFixed(2)}× the empty page; the app takes` +
        ` ${(appReady / floorReady).toFixed(2)}× the bare Cytoscape page`,
    );
    console.log(
      `  Cytoscape's own floor: same elements and positions, Cytoscape's default style (no labels)` +
        ` ${ms(plainReady)} = ${(plainReady / emptyReady).toFixed(2)}×; no elements at all` +
        ` ${ms(bareEmptyReady)} = ${(bareEmptyReady / emptyReady).toFixed(2)}×`,
    );
    console.log(
      `  first contentful paint: app ${ms(median(appRuns.map((r) => r.fcp)))}, empty ${ms(median(emptyRuns.map((r) => r.fcp)))}`,
    );
    const marks = ['graph:adapter-loaded', 'graph:cy-created', 'graph:ready'];
    console.log(
      `  app marks (median): ${marks.map((m) => `${m.slice(6)} ${ms(median(appRuns.map((r) => r.marks[m] ?? Number.NaN)))}`).join(', ')}`,
    );
    console.log(`  app runs: ${appRuns.map((r) => Math.round(r.ready)).join(', ')} ms`);
    console.log(`  empty runs: ${emptyRuns.map((r) => Math.round(r.ready)).join(', ')} ms`);
    console.log(
      `  bare Cytoscape runs: ${floorRuns.map((r) => Math.round(r.ready)).join(', ')} ms`,
    );
    console.log(
      `search per keystroke: search function ${ms(median(fn))} median over ${fn.length} prefixes (target < 1 ms)`,
    );
    if (inPage)
      console.log(
        `  in page, input → results updated: ${ms(median(inPage))} median over ${inPage.length} keystrokes`,
      );
    else console.log('  search: not measured in page (no Search box)');
    if (enter)
      console.log(
        `focus a node (Enter on a search result → neighbourhood lit): ${ms(median(enter))} median over ${enter.length}`,
      );
    console.log(
      `focus a node (URL → neighbourhood lit): ${ms(median(focus))} median over ${focus.length} nodes` +
        ' (then a 450 ms centring animation)',
    );
    console.log(
      `  in presenter mode (labels around it grown to be read): ${ms(median(presentFocus))} median`,
    );
    console.log(
      `year slider step (input → graph shown): ${ms(median(slider))} median, ${ms(Math.max(...slider))} slowest of ${slider.length} (target < 50 ms)`,
    );
    const steps = LONG_STORY_STEPS.toLocaleString('en');
    console.log(`\nhard cases (targets: a story opens in < 1 s, a key in < 50 ms):`);
    console.log(
      `  a ${steps}-step own story: Play → steps shown ${ms(median(hard.storyPlay))} median of ${hard.storyPlay.length};` +
        ` cold load with it open → steps shown ${ms(median(hard.storyOpen))}`,
    );
    console.log(
      `  typing into its caption: ${ms(median(hard.storyKeys))} median, ${ms(Math.max(...hard.storyKeys))} slowest of ${hard.storyKeys.length} keys (keydown → next frame)`,
    );
    console.log(
      `  a ${LONG_QUERY_CHARS.toLocaleString('en')}-character query pasted into Search: ${ms(median(hard.queryPaste))} median of ${hard.queryPaste.length};` +
        ` keys typed after it ${ms(median(hard.queryKeys))} median, ${ms(Math.max(...hard.queryKeys))} slowest`,
    );
    const single = await singleFileLoads(browser);
    console.log(
      `\nthe single file (${SINGLE_FILE}): ${(single.bytes / 1024 / 1024).toFixed(2)} MB;` +
        ` file:// → graph ready ${ms(median(single.ready))} median over ${single.ready.length} cold loads`,
    );
    const firefox = await singleFileLoadsInFirefox(pathToFileURL(resolve(SINGLE_FILE)).href, RUNS);
    console.log(
      `  in ${firefox.version}: file:// → graph ready ${ms(median(firefox.ready))} median over` +
        ` ${firefox.ready.length} cold loads (runs: ${firefox.ready.map(Math.round).join(', ')} ms)`,
    );
    console.log(
      '\nlegibility, once the view is still (labels: node and relation labels drawn; px on screen):',
    );
    for (const line of legibilityTable(legibility)) console.log(`  ${line}`);
  } finally {
    await browser.close();
    await app.stop();
    await empty.stop();
    await floor.stop();
    for (const dir of [baselineDist, floorDist]) rmSync(dir, { recursive: true, force: true });
  }
}

await main();
