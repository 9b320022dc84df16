// Keyboard-only exploring in a real browser: find ReCAAP by typing "recap", read its sources, walk
// to its crime area, reload the link, go Back; and a garbled link still opens the explorer.
import { describe, expect, it } from 'vitest';
import { openApp, sessionPerTest, screenshot, waitForGraph, type Page } from './browser';
import { waitForLitNodes } from './litNodes';

const RECAAP = /ReCAAP|Regional Cooperation Agreement on Combating Piracy/;

function details(page: Page) {
  return page.getByRole('region', { name: 'Details', exact: true });
}

function heading(page: Page) {
  return details(page).getByRole('heading', { level: 2 });
}

function nodeParam(page: Page): string | null {
  return new URL(page.url()).searchParams.get('node');
}

/** Presses Tab until the focused element's text matches, or fails after `max` presses. */
async function tabTo(page: Page, text: RegExp, max = 80): Promise<string> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => document.activeElement?.textContent ?? '');
    if (text.test(focused)) return focused;
  }
  throw new Error(`no focusable element matching ${text} within ${max} Tab presses`);
}

describe('explore with the keyboard', () => {
  const s = sessionPerTest();

  it('finds ReCAAP by "recap", reads its sources, walks to sea piracy, survives reload and Back', async () => {
    const { page } = s;
    await openApp(s);
    await page.keyboard.press('/');
    const search = page.getByRole('combobox', { name: 'Search', exact: true });
    await expect(search.evaluate((el) => el === document.activeElement)).resolves.toBe(true);

    await page.keyboard.type('recap');
    await expect(search.getAttribute('aria-expanded')).resolves.toBe('true');
    const firstOption = page.getByRole('option').first();
    await expect(firstOption.textContent()).resolves.toMatch(RECAAP);
    await screenshot(page, 'explore-1-search-recap');
    await page.keyboard.press('Enter');

    await heading(page).filter({ hasText: RECAAP }).waitFor();
    expect(nodeParam(page)).toBe('declaration:recaap');
    expect(await details(page).locator('blockquote').count()).toBeGreaterThan(0);
    expect(await details(page).locator('cite').first().textContent()).toBeTruthy();
    // The graph lights the focused node and its 1-hop neighbourhood, the same nodes Details lists.
    const neighbours = new Set(
      await details(page).locator('.details-neighbour-label').allTextContents(),
    );
    expect(neighbours.size).toBeGreaterThan(0);
    await waitForLitNodes(page, neighbours.size + 1);
    await screenshot(page, 'explore-2-recaap-details');

    const neighbour = await tabTo(page, /^Sea Piracy/i);
    expect(neighbour).toMatch(/Sea Piracy/i);
    await page.keyboard.press('Enter');
    await heading(page)
      .filter({ hasText: /Sea Piracy/i })
      .waitFor();
    expect(nodeParam(page)).toBe('area:sea-piracy');
    // The keyboard lands on the new heading, not on the page.
    await expect(page.evaluate(() => document.activeElement?.tagName ?? '')).resolves.toBe('H2');
    await screenshot(page, 'explore-3-sea-piracy');

    await page.reload();
    await waitForGraph(page);
    await heading(page)
      .filter({ hasText: /Sea Piracy/i })
      .waitFor();
    expect(nodeParam(page)).toBe('area:sea-piracy');

    await page.goBack();
    await heading(page).filter({ hasText: RECAAP }).waitFor();
    expect(nodeParam(page)).toBe('declaration:recaap');
    await screenshot(page, 'explore-4-back-to-recaap');
  });

  it('walks Back and Forward through focus changes without reloading', async () => {
    const { page } = s;
    await openApp(s, '?node=area:cybercrime');
    await heading(page)
      .filter({ hasText: /Cybercrime/ })
      .waitFor();
    const search = page.getByRole('combobox', { name: 'Search', exact: true });
    await search.focus();
    await page.keyboard.type('ammtc');
    await expect(page.getByRole('option').first().textContent()).resolves.toMatch(/\(AMMTC\)$/);
    await screenshot(page, 'explore-8-search-ammtc');
    await page.keyboard.press('Enter');
    await heading(page)
      .filter({ hasText: /Transnational Crime|AMMTC/ })
      .waitFor();
    const ammtc = nodeParam(page);
    expect(ammtc).not.toBe('area:cybercrime');

    await page.goBack();
    await heading(page)
      .filter({ hasText: /Cybercrime/ })
      .waitFor();
    expect(nodeParam(page)).toBe('area:cybercrime');
    await page.goForward();
    await heading(page)
      .filter({ hasText: /Transnational Crime|AMMTC/ })
      .waitFor();
    expect(nodeParam(page)).toBe(ammtc);
  });

  it('opens a quote in the Sources pane and reads why a neighbour is linked', async () => {
    const { page } = s;
    await openApp(s, '?node=declaration:recaap');
    await heading(page).filter({ hasText: RECAAP }).waitFor();
    const why = details(page).locator('summary').first();
    await why.focus();
    await page.keyboard.press('Enter');
    await expect(why.evaluate((el) => el.parentElement?.hasAttribute('open'))).resolves.toBe(true);
    await screenshot(page, 'explore-6-why-linked');

    await tabTo(page, /^Show in source$/);
    const focusedName = await page.evaluate(
      () => document.activeElement?.getAttribute('aria-label') ?? '',
    );
    expect(focusedName).toMatch(/^Show in source: § /);
    await page.keyboard.press('Enter');
    await page.waitForFunction(
      () => new URL(location.href).searchParams.get('panel') === 'sources',
    );
    const url = new URL(page.url());
    expect(url.searchParams.get('doc')).toBeTruthy();
    expect(url.searchParams.get('passage')).toBeTruthy();
    expect(url.searchParams.get('node')).toBe('declaration:recaap');
    await expect(
      page.getByRole('tab', { name: 'Sources' }).getAttribute('aria-selected'),
    ).resolves.toBe('true');
    await screenshot(page, 'explore-7-show-in-source');
  });

  it('ignores an unknown node and a garbled parameter with a quiet notice, never a blank page', async () => {
    const { page } = s;
    await openApp(s, '?node=area:atlantis&hops=seven&zoom=3');
    const notice = page.getByRole('status').filter({ hasText: 'Ignored' });
    await notice.waitFor();
    expect(await notice.textContent()).toMatch(/atlantis/);
    await heading(page).filter({ hasText: 'Explore the map' }).waitFor();
    expect(nodeParam(page)).toBeNull();
    await expect(
      page.getByRole('combobox', { name: 'Search', exact: true }).isVisible(),
    ).resolves.toBe(true);
    await screenshot(page, 'explore-5-bad-link');
  });
});
