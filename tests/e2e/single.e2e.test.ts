// The explorer as one file (`npm run build:single`, vite.single.config.ts) in a real Chromium:
// opened from file:// with every request outside the file blocked, it searches, focuses and
// presents; "Download this briefing" writes the same page with the person's stories, and that
// file opens with them among its built-in stories.
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, inject, it } from 'vitest';
import { CHROMIUM_FLAGS } from './chromium';
import { screenshot, waitForGraph } from './browser';

const SINGLE = resolve(process.env.E2E_SINGLE ?? 'dist-single/index.html');

interface FileSession {
  context: BrowserContext;
  page: Page;
  /** Requests for anything but the file itself (and data:/blob: URLs inside it). */
  outside: string[];
  /** Console errors and page errors (a CSP violation is one). */
  errors: string[];
}

async function openFileSession(dir: string): Promise<FileSession> {
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: inject('chromiumPath'),
    headless: true,
    args: [...CHROMIUM_FLAGS],
    viewport: { width: 1440, height: 900 },
    acceptDownloads: true,
  });
  const page = context.pages()[0] ?? (await context.newPage());
  const session: FileSession = { context, page, outside: [], errors: [] };
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (/^(file|data|blob):/.test(url)) return route.continue();
    session.outside.push(url);
    return route.abort();
  });
  page.on('console', (m) => {
    if (m.type() === 'error') session.errors.push(m.text());
  });
  page.on('pageerror', (e) => session.errors.push(String(e)));
  return session;
}

describe('the single-file explorer', () => {
  let dir = '';
  let s: FileSession;
  beforeEach(async () => {
    expect(statSync(SINGLE).isFile(), `${SINGLE} (npm run build:single)`).toBe(true);
    dir = mkdtempSync(join(tmpdir(), 'e2e-single-'));
    s = await openFileSession(dir);
  });
  afterEach(async () => {
    await s.context.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('opens from file:// with no network: search, focus, present', async () => {
    const { page } = s;
    await page.goto(pathToFileURL(SINGLE).href);
    await waitForGraph(page);
    const search = page.getByRole('combobox', { name: 'Search' });
    await search.fill('cybercrime');
    await page.keyboard.press('Enter');
    await expect.poll(() => new URL(page.url()).searchParams.get('node')).toBe('area:cybercrime');
    await expect
      .poll(() =>
        page
          .getByRole('region', { name: 'Details' })
          .getByRole('heading', { level: 2 })
          .innerText(),
      )
      .toBe('Cybercrime');
    await page.getByRole('tab', { name: 'Stories' }).click();
    await page.getByRole('button', { name: 'Present Cybercrime' }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('present')).toBe('1');
    await page.keyboard.press('PageDown');
    await expect.poll(() => new URL(page.url()).searchParams.get('step')).toBe('2');
    await screenshot(page, 'single-present');
    await page.keyboard.press('Escape');
    await expect.poll(() => new URL(page.url()).searchParams.get('present')).toBeNull();
    expect(s.outside).toEqual([]);
    expect(s.errors).toEqual([]);
  });

  it('downloads this briefing with the person’s story, which the file opens with', async () => {
    const { page } = s;
    await page.goto(`${pathToFileURL(SINGLE).href}?node=area:sea-piracy&panel=stories`);
    await waitForGraph(page);
    await page.getByRole('button', { name: 'Capture current view as a step' }).click();
    await page.getByRole('button', { name: 'Export', exact: true }).click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: /^Download this briefing/ }).click(),
    ]);
    const saved = join(dir, 'briefing.html');
    await download.saveAs(saved);
    const html = readFileSync(saved, 'utf8');
    // (Booleans, not toContain: a failure would print the whole 2 MB page.)
    expect(html.includes('id="briefing-stories"')).toBe(true);
    expect(html.includes('"title": "My story"')).toBe(true);
    // What the first page drew is not in the file: it is the page as it arrived.
    expect(html.includes('class="stories-panel"')).toBe(false);
    expect(html.includes('Loading the map of cooperation')).toBe(true);

    // The downloaded file, in a browser that has never seen the person's stories.
    await s.context.close();
    rmSync(dir, { recursive: true, force: true });
    dir = mkdtempSync(join(tmpdir(), 'e2e-single-'));
    s = await openFileSession(dir);
    const copy = join(dir, 'briefing.html');
    writeFileSync(copy, html);
    await s.page.goto(`${pathToFileURL(copy).href}?panel=stories`);
    await waitForGraph(s.page);
    const builtIn = s.page.getByRole('region', { name: 'Built-in stories' });
    await expect.poll(() => builtIn.getByText('My story').count()).toBeGreaterThan(0);
    await s.page.getByRole('button', { name: 'Play My story' }).click();
    await expect.poll(() => new URL(s.page.url()).searchParams.get('node')).toBe('area:sea-piracy');
    expect(s.outside).toEqual([]);
    expect(s.errors).toEqual([]);
  });
});
