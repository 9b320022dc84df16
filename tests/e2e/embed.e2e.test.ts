// The read-only embed (`?embed=1`) in a real Chromium, inside an iframe as an intranet page has
// it: the graph, its legend, search and Details, sized to the frame (nothing scrolls sideways),
// no panel tabs, stories, capture, import or export, and a link to the same view in the explorer.
import { describe, expect, it } from 'vitest';
import { sessionPerTest, screenshot } from './browser';

const FRAME = { width: 900, height: 560 };

describe('the embed', () => {
  const s = sessionPerTest({ width: 1100, height: 700 });

  it('shows the graph, legend, search and Details in a frame, with nothing to edit', async () => {
    const src = `${s.baseUrl}?embed=1&node=area:cybercrime&panel=stories&present=1`;
    await s.page.setContent(
      `<!doctype html><title>Intranet</title><h1>Our page</h1>` +
        `<iframe src="${src}" title="ASEAN–Japan explorer" width="${FRAME.width}" height="${FRAME.height}"></iframe>`,
    );
    const frame = s.page.frameLocator('iframe');
    await frame.locator('[aria-label="Graph"][aria-busy="false"]').waitFor();
    const details = frame.getByRole('region', { name: 'Details' });
    await expect
      .poll(() => details.getByRole('heading', { level: 2 }).innerText())
      .toBe('Cybercrime');
    // Read-only: no tabs (so no Stories, capture or import), no Export, no presenter mode.
    await expect.poll(() => frame.getByRole('tab').count()).toBe(0);
    expect(await frame.getByRole('button', { name: 'Export', exact: true }).count()).toBe(0);
    expect(await frame.getByRole('button', { name: /Capture|Import/ }).count()).toBe(0);
    expect(await frame.locator('.presenter-top').count()).toBe(0);
    expect(await frame.getByRole('group', { name: /^Legend/ }).count()).toBe(1);
    // Sized to its frame.
    const inner = s.page.frames().find((f) => f.url().includes('embed=1'));
    if (!inner) throw new Error('no embed frame');
    const sizes = await inner.evaluate(() => ({
      scroll: document.documentElement.scrollWidth,
      client: document.documentElement.clientWidth,
    }));
    expect(sizes.scroll).toBeLessThanOrEqual(sizes.client);
    // The way out: the same view in the full explorer.
    const href = await frame
      .getByRole('link', { name: 'Open in the explorer' })
      .getAttribute('href');
    expect(href).toContain('node=area%3Acybercrime');
    expect(href).not.toContain('embed');
    // Search still focuses a node.
    await frame.getByRole('combobox', { name: 'Search' }).fill('sea piracy');
    await frame.getByRole('combobox', { name: 'Search' }).press('Enter');
    await expect
      .poll(() => details.getByRole('heading', { level: 2 }).innerText())
      .toBe('Sea Piracy');
    await screenshot(s.page, 'embed-in-frame');
  });
});
