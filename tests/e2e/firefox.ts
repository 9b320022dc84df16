/**
 * Debian's Firefox ESR for the real-browser tests and the bench, driven over WebDriver BiDi by
 * puppeteer-core (pinned at 24.11.0, the release made for Firefox 140: later ones send BiDi
 * commands that 140 ESR does not know, such as emulation.setScreenOrientationOverride). Found
 * or installed like Chromium (debianTool.ts); launched headless with a fresh profile whose every
 * proxy points at a closed local port, so a request the page makes reaches no network even if
 * the test's own interception missed it.
 */
import puppeteer, { type Browser, type ElementHandle, type Page } from 'puppeteer-core';
import { findOrInstall } from './debianTool';

export type { Browser as FirefoxBrowser, Page as FirefoxPage };

export function findOrInstallFirefox(): string {
  return findOrInstall({
    name: 'Firefox ESR',
    env: 'FIREFOX_PATH',
    path: '/usr/bin/firefox-esr',
    pkg: 'firefox-esr',
  });
}

/** Port 9 (discard) on loopback: nothing listens there, so a proxied request fails at once. */
const CLOSED_PORT = 9;

/** Firefox prefs: every proxy at the closed port, no network guesses; downloads to `dir`. */
function offlinePrefs(downloadDir: string | undefined): Record<string, unknown> {
  return {
    'network.proxy.type': 1,
    'network.proxy.share_proxy_settings': true,
    'network.proxy.http': '127.0.0.1',
    'network.proxy.http_port': CLOSED_PORT,
    'network.proxy.ssl': '127.0.0.1',
    'network.proxy.ssl_port': CLOSED_PORT,
    'network.proxy.socks': '127.0.0.1',
    'network.proxy.socks_port': CLOSED_PORT,
    'network.proxy.no_proxies_on': '',
    'network.proxy.allow_hijacking_localhost': true,
    'network.dns.disablePrefetch': true,
    'network.prefetch-next': false,
    'network.connectivity-service.enabled': false,
    'network.captive-portal-service.enabled': false,
    ...(downloadDir && {
      'browser.download.dir': downloadDir,
      'browser.download.folderList': 2,
      'browser.download.useDownloadDir': true,
      'browser.download.always_ask_before_handling_new_types': false,
      'browser.download.start_downloads_in_tmp_dir': false,
    }),
  };
}

export interface FirefoxLaunch {
  executablePath: string;
  /** A fresh, empty profile folder for this run. */
  profileDir: string;
  /** Where downloads land without asking (none: Firefox's default). */
  downloadDir?: string;
}

/** Starts headless Firefox with a fresh profile and the offline prefs. */
export async function launchFirefox(options: FirefoxLaunch): Promise<Browser> {
  return puppeteer.launch({
    browser: 'firefox',
    executablePath: options.executablePath,
    headless: true,
    userDataDir: options.profileDir,
    // Puppeteer's own default viewport is 800×600; each test sets its own.
    defaultViewport: null,
    extraPrefsFirefox: offlinePrefs(options.downloadDir),
  });
}

/**
 * Waits until `test` returns true in the page. Puppeteer's waitForFunction and its locators poll
 * with `new Function`, which the single file's Content-Security-Policy refuses; page.evaluate and
 * page.$ are run by the browser (BiDi script.callFunction), which the policy does not govern.
 */
export async function waitInPage(
  page: Page,
  test: () => boolean,
  what: string,
  timeoutMs = 45_000,
): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!(await page.evaluate(test))) {
    if (Date.now() > until) throw new Error(`Firefox: waited ${timeoutMs} ms for ${what}`);
    await new Promise((done) => setTimeout(done, 100));
  }
}

/** Waits until the graph is laid out and drawn (aria-busy="false", as the Chromium tests do). */
export function waitForGraphInFirefox(page: Page): Promise<void> {
  return waitInPage(
    page,
    () => document.querySelector('[aria-label="Graph"]')?.getAttribute('aria-busy') === 'false',
    'the graph to be ready (aria-busy="false")',
  );
}

/** Waits for the element with this ARIA role and accessible name (puppeteer's aria selector). */
export async function byRole(
  page: Page,
  role: string,
  name: string,
  timeoutMs = 15_000,
): Promise<ElementHandle> {
  const selector = `::-p-aria([name=${JSON.stringify(name)}][role=${JSON.stringify(role)}])`;
  const until = Date.now() + timeoutMs;
  for (;;) {
    const found = await page.$(selector);
    if (found) return found;
    if (Date.now() > until)
      throw new Error(`Firefox: no ${role} named "${name}" after ${timeoutMs} ms`);
    await new Promise((done) => setTimeout(done, 100));
  }
}

/** How long Firefox may take to quit over BiDi before its process is killed. */
const CLOSE_GRACE_MS = 20_000;

/**
 * Closes Firefox, and kills the process this launch started when it does not quit in time (a
 * stuck quit must not hang the test run); says so on the console when it had to.
 */
export async function closeFirefox(browser: Browser): Promise<void> {
  const firefox = browser.process();
  let timer: NodeJS.Timeout | undefined;
  const killed = new Promise<'killed'>((done) => {
    timer = setTimeout(() => {
      console.warn(`Firefox did not quit in ${CLOSE_GRACE_MS} ms; killing pid ${firefox?.pid}`);
      firefox?.kill('SIGKILL');
      done('killed');
    }, CLOSE_GRACE_MS);
  });
  try {
    await Promise.race([browser.close(), killed]);
  } finally {
    clearTimeout(timer);
  }
}
