// Keyboard and screen-reader access in a real browser: the skip links, the keys from the search
// box to the first source quote, where the focus lands after "Show in source", Escape from a
// panel, the canvas's roving focus over a node's neighbours, and the table of the whole graph.
import { describe, expect, it } from 'vitest';
import { openApp, screenshot, sessionPerTest, type Page } from './browser';
import { reachedMarks } from './litNodes';

const active = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement;
    return {
      id: el?.id ?? '',
      tag: el?.tagName ?? '',
      text: (el?.textContent ?? '').trim().slice(0, 80),
      label: el?.getAttribute('aria-label') ?? '',
      section: el?.getAttribute('data-section') ?? '',
    };
  });

const nodeParam = (page: Page) => new URL(page.url()).searchParams.get('node');

describe('keyboard access at 1440×900', () => {
  const s = sessionPerTest({ width: 1440, height: 900 });

  it('starts the Tab order with skip links, shown when focused, to the graph, panel and search', async () => {
    const { page } = s;
    await openApp(s);
    const targets: [string, string][] = [
      ['Skip to the graph', 'graph-canvas'],
      ['Skip to the panel', 'panel-body'],
      ['Skip to the search', 'header-search'],
    ];
    for (const [i, [name, id]] of targets.entries()) {
      // A fresh page, so that the Tab order starts at its top.
      if (i > 0) await openApp(s);
      for (let t = 0; t <= i; t++) await page.keyboard.press('Tab');
      expect((await active(page)).text).toBe(name);
      const box = await page.getByRole('link', { name }).boundingBox();
      expect(box && box.y >= 0 && box.x >= 0).toBe(true);
      if (i === 0) await screenshot(page, 'access-1-skip-link');
      await page.keyboard.press('Enter');
      expect((await active(page)).id).toBe(id);
    }
    const hidden = await page.getByRole('link', { name: 'Skip to the graph' }).boundingBox();
    expect(hidden && hidden.y + hidden.height <= 0).toBe(true);
  });

  it('reaches the first source quote of a searched node in at most 8 keys', async () => {
    const { page } = s;
    await openApp(s);
    await page.getByRole('combobox', { name: 'Search', exact: true }).focus();
    await page.keyboard.type('recap');
    await page.getByRole('option').first().waitFor();
    let keys = 0;
    const press = async (key: string) => {
      keys++;
      await page.keyboard.press(key);
    };
    await press('Enter');
    await page.getByRole('heading', { level: 2, name: /ReCAAP|Piracy/ }).waitFor();
    // The pick lands on the node's heading in Details, whose first quote is just below it.
    expect((await active(page)).tag).toBe('H2');
    while (!(await active(page)).label.startsWith('Show in source')) {
      if (keys >= 8) throw new Error('no "Show in source" within 8 keys');
      await press('Tab');
    }
    const toButton = keys;
    await press('Enter');
    await page.waitForFunction(() => document.activeElement?.hasAttribute('data-section'));
    const landed = await active(page);
    const url = new URL(page.url());
    expect(url.searchParams.get('panel')).toBe('sources');
    expect(landed.section).toBe(url.searchParams.get('passage'));
    console.log(
      `keys from the search box to the first source quote: ${keys} (to its "Show in source": ${toButton})`,
    );
    expect(keys).toBeLessThanOrEqual(8);
    // The passage is in view in the Sources pane, and the next Tab stays in it, near the passage.
    const inView = await page.evaluate(() => {
      const el = document.activeElement;
      if (!el) return false;
      const r = el.getBoundingClientRect();
      return r.top >= 0 && r.top < window.innerHeight;
    });
    expect(inView).toBe(true);
    await screenshot(page, 'access-2-passage-focused');
  });

  it('clears the focus with Escape from a panel, but not from a text field', async () => {
    const { page } = s;
    await openApp(s, '?node=area:cybercrime');
    await page.getByRole('combobox', { name: 'Search', exact: true }).focus();
    await page.keyboard.press('Escape');
    expect(nodeParam(page)).toBe('area:cybercrime');
    await page.locator('.details-neighbour').first().focus();
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => !new URL(location.href).searchParams.has('node'));
    expect(nodeParam(page)).toBeNull();
  });

  it('moves a roving focus over the focused node’s neighbours with the arrows; Enter focuses', async () => {
    const { page } = s;
    await openApp(s, '?node=area:cybercrime');
    const canvas = page.getByRole('application', { name: 'Graph', exact: true });
    await canvas.focus();
    const keys = page.locator('.graph-keys');
    expect(await keys.isVisible()).toBe(true);
    expect(await keys.textContent()).toMatch(/neighbours.*Enter.*Shift/);
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    const live = page.locator('.graph-keys [aria-live="polite"]');
    const said = (await live.textContent()) ?? '';
    expect(said).toMatch(/Neighbour 2 of \d+/);
    const reached = (await page.locator('.graph-keys__reached strong').textContent()) ?? '';
    expect(said).toContain(reached);
    // The canvas marks it too, not only the words: one ring, round the node reached.
    await expect(reachedMarks(page)).resolves.toEqual([reached]);
    await screenshot(page, 'access-3-roving-focus');
    // Shift+arrows still move the view: the focus stays.
    await page.keyboard.press('Shift+ArrowLeft');
    expect(nodeParam(page)).toBe('area:cybercrime');
    await page.keyboard.press('Enter');
    await page.waitForFunction(
      () => new URL(location.href).searchParams.get('node') !== 'area:cybercrime',
    );
    await expect(
      page.getByRole('heading', { level: 2, name: reached, exact: true }).count(),
    ).resolves.toBe(1);
  });

  it('lists the whole graph in the Table panel: sort, search, and a row focuses its node', async () => {
    const { page } = s;
    await openApp(s, '?panel=table');
    const panel = page.getByRole('region', { name: 'The graph as tables' });
    await panel.waitFor();
    await expect(page.getByText(/^Nodes: 124 of 124$/).count()).resolves.toBe(1);
    await expect(page.getByText(/^Links: \d+ of \d+$/).count()).resolves.toBe(1);
    const nameHeader = panel.getByRole('columnheader', { name: 'Name' });
    expect(await nameHeader.getAttribute('aria-sort')).toBe('ascending');
    await nameHeader.getByRole('button').click();
    expect(await nameHeader.getAttribute('aria-sort')).toBe('descending');
    await screenshot(page, 'access-4-table');

    await panel.getByRole('searchbox', { name: 'Search' }).fill('recap');
    await page.getByText(/^Nodes: [1-9]\d? of 124$/).waitFor();
    const first = panel.getByRole('rowheader').first().getByRole('button');
    const name = (await first.textContent()) ?? '';
    await first.click();
    await page.waitForFunction(() => new URL(location.href).searchParams.has('node'));
    const current = panel.locator('tr[aria-current="true"] th');
    await expect(current.first().textContent()).resolves.toBe(name);
    expect(new URL(page.url()).searchParams.get('panel')).toBe('table');
    await screenshot(page, 'access-5-table-focused');
  });
});

describe('keyboard access at 1280×720', () => {
  const s = sessionPerTest({ width: 1280, height: 720 });

  it('shows the table and the canvas keys on a smaller screen', async () => {
    const { page } = s;
    await openApp(s, '?panel=table&node=area:cybercrime');
    await page.getByRole('region', { name: 'The graph as tables' }).waitFor();
    await page.getByRole('checkbox', { name: /neighbourhood/ }).check();
    await page.getByText(/^Nodes: \d+ of 124$/).waitFor();
    expect(await page.locator('.graph-keys').isVisible()).toBe(true);
    await screenshot(page, 'access-6-table-1280');
  });
});
