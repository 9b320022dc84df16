// The app opens in a real Chromium, shows the graph container and fetches nothing from outside.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openApp, openBrowser, screenshot, type Session } from './browser';

describe('app shell', () => {
  let s: Session;
  beforeEach(async () => {
    s = await openBrowser();
  });
  afterEach(async () => {
    await s.close();
  });

  it('opens and finds the graph container by its accessible name', async () => {
    await openApp(s);
    const graph = s.page.locator('[aria-label="Graph"]');
    await expect(graph.getAttribute('aria-busy')).resolves.toBe('false');
    await expect(s.page.title()).resolves.toContain('ASEAN');
    await screenshot(s.page, 'shell');
  });
});
