/**
 * Helpers for real-browser tests: launch Debian's Chromium with playwright-core (flags that suit
 * this closed, GPU-less machine, a fresh profile), open the app, wait for the graph, screenshot.
 * Screenshots go to test-results/screenshots/ (git-ignored) for a person to look at; closing a
 * session saves one named after the test, so every test leaves a picture.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterEach, beforeEach, expect, inject } from 'vitest';
import { CHROMIUM_FLAGS } from './chromium';

export const SCREENSHOT_DIR = resolve('test-results/screenshots');

export interface Session {
  browser: BrowserContext;
  page: Page;
  baseUrl: string;
  close(): Promise<void>;
}

/** Launches Chromium with a fresh user-data-dir and opens one page. */
export async function openBrowser(viewport = { width: 1400, height: 900 }): Promise<Session> {
  const userDataDir = mkdtempSync(join(tmpdir(), 'e2e-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: inject('chromiumPath'),
    headless: true,
    args: [...CHROMIUM_FLAGS],
    viewport,
    acceptDownloads: true,
  });
  const page = context.pages()[0] ?? (await context.newPage());
  const external: string[] = [];
  const baseUrl = inject('baseUrl');
  await page.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(baseUrl) || url.startsWith('data:') || url.startsWith('blob:'))
      return route.continue();
    external.push(url);
    return route.abort();
  });
  return {
    browser: context,
    page,
    baseUrl,
    async close() {
      // Every real-browser test leaves a picture of where it ended, for a person to look at.
      const testName = expect.getState().currentTestName;
      if (testName) await screenshot(page, `end-${slug(testName)}`).catch(() => undefined);
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
      if (external.length)
        throw new Error(`the page requested outside its origin: ${external.join(', ')}`);
    },
  };
}

/**
 * A fresh browser session for each test of the calling describe block: opened before each test,
 * closed (with its end screenshot) after it. The object returned reads the current test's session.
 */
export function sessionPerTest(viewport?: { width: number; height: number }): Session {
  let current: Session | null = null;
  beforeEach(async () => {
    current = await openBrowser(viewport);
  });
  afterEach(async () => {
    const ending = current;
    current = null;
    await ending?.close();
  });
  const now = (): Session => {
    if (!current) throw new Error('sessionPerTest: no browser session outside a test');
    return current;
  };
  return {
    get browser() {
      return now().browser;
    },
    get page() {
      return now().page;
    },
    get baseUrl() {
      return now().baseUrl;
    },
    close: () => now().close(),
  };
}

/** Opens the app at `query` (e.g. "?node=area:cybercrime") and waits until the graph is laid out. */
export async function openApp(session: Session, query = ''): Promise<void> {
  await session.page.goto(`${session.baseUrl}${query}`);
  await waitForGraph(session.page);
}

export async function waitForGraph(page: Page): Promise<void> {
  const graph = page
    .getByRole('group', { name: 'Graph', exact: true })
    .or(page.getByRole('application', { name: 'Graph', exact: true }));
  await graph.first().waitFor({ state: 'attached' });
  await page.waitForFunction(
    () => document.querySelector('[aria-label="Graph"]')?.getAttribute('aria-busy') === 'false',
  );
}

function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 80);
}

/** Saves a full-page screenshot under test-results/screenshots/<name>.png. */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const path = join(SCREENSHOT_DIR, `${name}.png`);
  await page.screenshot({ path });
  return path;
}

export type { Browser, Page };
