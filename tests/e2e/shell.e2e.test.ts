// The app opens in a real Chromium, shows the graph container and fetches nothing from outside;
// the page's own HTML paints the shell's frame before the scripts arrive;
// it also takes the README's picture (test-results/screenshots/readme.png → docs/screenshot.png).
import { describe, expect, it } from 'vitest';
import { openApp, sessionPerTest, screenshot } from './browser';
import { waitForStillGraph } from './stillGraph';

describe('app shell', () => {
  const s = sessionPerTest();

  it('opens and finds the graph container by its accessible name', async () => {
    await openApp(s);
    const graph = s.page.getByLabel('Graph', { exact: true });
    await expect(graph.getAttribute('aria-busy')).resolves.toBe('false');
    await expect(s.page.title()).resolves.toContain('ASEAN');
    await expect(s.page.getByRole('combobox', { name: 'Search' }).isVisible()).resolves.toBe(true);
    await screenshot(s.page, 'shell');
  });

  it('paints the frame of the shell before any script has run', async () => {
    await s.page.route('**/*.js', (route) => route.abort());
    await s.page.goto(s.baseUrl);
    await expect(s.page.getByRole('heading', { level: 1 }).textContent()).resolves.toContain(
      'ASEAN–Japan Cooperation',
    );
    await expect(s.page.getByRole('status').textContent()).resolves.toBe(
      'Loading the map of cooperation…',
    );
    await screenshot(s.page, 'shell-before-scripts');
  });

  it('opens a shared view with a focused node and its details (the README picture)', async () => {
    await openApp(s, '?node=area:cybercrime');
    const details = s.page.getByRole('region', { name: 'Details' });
    await expect(details.getByRole('heading', { level: 2 }).first().textContent()).resolves.toBe(
      'Cybercrime',
    );
    // The centring animation has ended before the picture.
    await waitForStillGraph(s.page);
    await screenshot(s.page, 'readme');
  });
});
