// The explorer as one file (`npm run build:single`) in Debian's Firefox ESR, driven over
// WebDriver BiDi (firefox.ts): opened from file:// with every request outside the file aborted
// and every proxy pointing at a closed port, it draws in its own font, searches, focuses,
// presents a story step, exports the view as a PNG and prints a story as a handout (a PDF with
// a page per step). single.e2e.test.ts walks the same in Chromium.
import { execFileSync } from 'node:child_process';
import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, inject, it } from 'vitest';
import { SCREENSHOT_DIR } from './browser';
import {
  byRole,
  closeFirefox,
  launchFirefox,
  waitForGraphInFirefox,
  waitInPage,
  type FirefoxBrowser,
  type FirefoxPage,
} from './firefox';

const SINGLE = resolve(process.env.E2E_SINGLE ?? 'dist-single/index.html');
const STORIES = JSON.parse(readFileSync('data/stories.json', 'utf8')) as {
  stories: { id: string; steps: unknown[] }[];
};
const CYBERCRIME_STEPS = STORIES.stories.find((story) => story.id === 'cybercrime')?.steps.length;
if (!CYBERCRIME_STEPS) throw new Error('data/stories.json has no cybercrime story with steps');

interface FirefoxSession {
  browser: FirefoxBrowser;
  page: FirefoxPage;
  profileDir: string;
  downloadDir: string;
  /** Requests for anything but the file itself (and data:/blob: URLs inside it). */
  outside: string[];
  /** Console errors and page errors. */
  errors: string[];
}

async function openFirefoxSession(): Promise<FirefoxSession> {
  const profileDir = mkdtempSync(join(tmpdir(), 'e2e-firefox-'));
  const downloadDir = join(profileDir, 'downloads');
  mkdirSync(downloadDir);
  const browser = await launchFirefox({
    executablePath: inject('firefoxPath'),
    profileDir,
    downloadDir,
  });
  const page = (await browser.pages())[0] ?? (await browser.newPage());
  await page.setViewport({ width: 1440, height: 900 });
  const session: FirefoxSession = {
    browser,
    page,
    profileDir,
    downloadDir,
    outside: [],
    errors: [],
  };
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    const url = request.url();
    if (/^(file|data|blob):/.test(url)) return void request.continue();
    session.outside.push(url);
    return void request.abort();
  });
  page.on('console', (m) => {
    if (m.type() === 'error') session.errors.push(m.text());
  });
  page.on('pageerror', (e) => session.errors.push(String(e)));
  return session;
}

async function firefoxScreenshot(page: FirefoxPage, name: string): Promise<void> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: `${join(SCREENSHOT_DIR, name)}.png` });
}

/** A parameter of the page's address, read in the page (page.url() misses replaceState). */
function param(page: FirefoxPage, name: string): Promise<string | null> {
  return page.evaluate((n) => new URLSearchParams(location.search).get(n), name);
}

/** Waits for a file to land in `dir` (Firefox writes a .part file first) and returns its path. */
async function downloaded(dir: string, ending: string): Promise<string> {
  const until = Date.now() + 30_000;
  for (;;) {
    const done = readdirSync(dir).find((f) => f.endsWith(ending));
    if (done && statSync(join(dir, done)).size > 0) return join(dir, done);
    if (Date.now() > until) throw new Error(`no *${ending} in ${dir}: ${readdirSync(dir).join()}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** The number of pages of a PDF, as Poppler's pdfinfo reads it. */
function pdfPages(pdfinfo: string, pdf: string): number {
  const pages = /^Pages:\s+(\d+)$/m.exec(execFileSync(pdfinfo, [pdf], { encoding: 'utf8' }));
  if (!pages?.[1]) throw new Error(`pdfinfo ${pdf}: no page count`);
  return Number(pages[1]);
}

/** Width and height from a PNG's IHDR chunk, after checking its signature. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (!bytes.subarray(0, 8).equals(signature)) throw new Error('not a PNG (signature)');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe('the single-file explorer in Firefox', () => {
  let s: FirefoxSession;
  beforeEach(async () => {
    expect(statSync(SINGLE).isFile(), `${SINGLE} (npm run build:single)`).toBe(true);
    s = await openFirefoxSession();
  });
  afterEach(async () => {
    await closeFirefox(s.browser);
    rmSync(s.profileDir, { recursive: true, force: true });
  });

  it('opens from file:// with no network: font, search, focus, present, PNG export', async () => {
    const { page } = s;
    await page.goto(pathToFileURL(SINGLE).href);
    await waitForGraphInFirefox(page);
    // The inlined label font is what the page draws in, not a fallback.
    await waitInPage(page, () => document.fonts.status === 'loaded', 'fonts loaded');
    const fontReady = await page.evaluate(() => ({
      loaded: [...document.fonts].some(
        (f) => f.family.replace(/"/g, '') === 'Atkinson Hyperlegible' && f.status === 'loaded',
      ),
      usable: document.fonts.check('16px "Atkinson Hyperlegible"'),
    }));
    expect(fontReady).toEqual({ loaded: true, usable: true });
    await firefoxScreenshot(page, 'firefox-single-ready');

    await (await byRole(page, 'combobox', 'Search')).click();
    await page.keyboard.type('cybercrime');
    await page.keyboard.press('Enter');
    await expect.poll(() => param(page, 'node')).toBe('area:cybercrime');
    await expect
      .poll(() =>
        page.evaluate(
          () => document.querySelector('[aria-label="Details"] h2')?.textContent ?? null,
        ),
      )
      .toBe('Cybercrime');

    await (await byRole(page, 'tab', 'Stories')).click();
    await (await byRole(page, 'button', 'Present Cybercrime')).click();
    await expect.poll(() => param(page, 'present')).toBe('1');
    await page.keyboard.press('PageDown');
    await expect.poll(() => param(page, 'step')).toBe('2');
    const shown = await page.evaluate(() => ({
      counter: document.querySelector('.presenter-counter')?.textContent ?? '',
      caption: document.querySelector('[data-testid="presenter-caption"]')?.textContent ?? '',
    }));
    expect(shown.counter).toMatch(/^2 \/ \d+$/);
    expect(shown.caption.length).toBeGreaterThan(20);
    await firefoxScreenshot(page, 'firefox-single-present');
    await page.keyboard.press('Escape');
    await expect.poll(() => param(page, 'present')).toBeNull();

    await (await byRole(page, 'button', 'Export')).click();
    await (await byRole(page, 'button', 'PNG 1×')).click();
    const picture = await downloaded(s.downloadDir, '.png');
    copyFileSync(picture, join(SCREENSHOT_DIR, 'firefox-single-export.png'));
    const png = pngSize(readFileSync(picture));
    expect(png.width).toBeGreaterThan(600);
    expect(png.height).toBeGreaterThan(400);

    expect(s.outside).toEqual([]);
    expect(s.errors).toEqual([]);
  });

  // Seven steps drawn one after another as pictures: give a loaded 2-core machine room.
  it('prints a story as a handout, one step per page', { timeout: 150_000 }, async () => {
    const { page } = s;
    await page.goto(`${pathToFileURL(SINGLE).href}?story=cybercrime&step=1&panel=stories`);
    await waitForGraphInFirefox(page);
    await page.evaluate(() => {
      window.print = () => undefined; // the dialog itself is the browser's
    });
    await (await byRole(page, 'button', 'Print handout')).click();
    await waitInPage(
      page,
      () => {
        const images = [...document.querySelectorAll<HTMLImageElement>('.print-story img')];
        return images.length > 0 && images.every((img) => img.complete && img.naturalWidth > 0);
      },
      'the handout and its pictures',
      120_000,
    );
    const handout = await page.evaluate(() => ({
      steps: document.querySelectorAll('.print-story .print-step').length,
      pictures: document.querySelectorAll('.print-story img').length,
    }));
    expect(handout).toEqual({ steps: CYBERCRIME_STEPS, pictures: CYBERCRIME_STEPS });
    const pdf = join(s.profileDir, 'handout.pdf');
    writeFileSync(pdf, await page.pdf({ landscape: true, printBackground: true }));
    copyFileSync(pdf, join(SCREENSHOT_DIR, 'firefox-single-handout.pdf'));
    // A title page, then one page per step (Firefox's PDF hides its pages in object streams).
    expect(pdfPages(inject('officeTools').pdfinfo, pdf)).toBe(CYBERCRIME_STEPS + 1);
    // The view went back to the step the briefer was on.
    expect(await param(page, 'step')).toBe('1');
    expect(s.outside).toEqual([]);
    expect(s.errors).toEqual([]);
  });
});
