/**
 * The single file's cold loads from file:// in Debian's Firefox ESR (tests/e2e/firefox.ts), for
 * `npm run bench` beside the Chromium ones: one Firefox with a fresh profile, each load in a new
 * user context (its own storage), the same ready probe as in Chromium (READY_PROBE, installed
 * before the page's scripts), times as performance.now() in the page.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  closeFirefox,
  findOrInstallFirefox,
  launchFirefox,
  waitInPage,
  type FirefoxBrowser,
} from '../e2e/firefox';
import { READY_PROBE } from './inPage';

export interface FirefoxLoads {
  version: string;
  /** ms from navigation to graph ready, one per counted load. */
  ready: number[];
}

async function coldLoadInFirefox(browser: FirefoxBrowser, url: string): Promise<number> {
  const context = await browser.createBrowserContext();
  try {
    const page = await context.newPage();
    await page.setViewport({ width: 1400, height: 900 });
    await page.evaluateOnNewDocument(READY_PROBE);
    await page.goto(url);
    await waitInPage(
      page,
      () => (window as unknown as { __benchReady: number | null }).__benchReady !== null,
      'the graph to be ready',
      60_000,
    );
    return page.evaluate(() => (window as unknown as { __benchReady: number }).__benchReady);
  } finally {
    await context.close();
  }
}

/** One uncounted load (the disk cache), then `runs` counted cold loads of `url`. */
export async function singleFileLoadsInFirefox(url: string, runs: number): Promise<FirefoxLoads> {
  const profileDir = mkdtempSync(join(tmpdir(), 'bench-firefox-'));
  const browser = await launchFirefox({ executablePath: findOrInstallFirefox(), profileDir });
  try {
    await coldLoadInFirefox(browser, url);
    const ready: number[] = [];
    for (let i = 0; i < runs; i += 1) ready.push(await coldLoadInFirefox(browser, url));
    return { version: await browser.version(), ready };
  } finally {
    await closeFirefox(browser);
    rmSync(profileDir, { recursive: true, force: true });
  }
}
