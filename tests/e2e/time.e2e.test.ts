// Time in a real Chromium: the year sliders by keys and by drag, Play stepping two years, a
// period opened by URL fading what did not exist, and a story step that carries a period played
// in presenter mode with the clicker's keys (the period large on the overlay); the timeline
// zoomed to months by keys, a month's mark named by focus and hover; the toolbar's Time toggle
// on a short window. Screenshots at 1440×900, 1280×720 and 1920×1080 (presenting) are for a
// person to check that the strip leaves the graph its room and its labels stay ≥ 10 px.
import { describe, expect, it } from 'vitest';
import { openApp, screenshot, sessionPerTest, type Page } from './browser';
import { waitForStillGraph } from './stillGraph';

const query = (page: Page) => new URL(page.url()).searchParams;
const fromSlider = (page: Page) => page.getByRole('slider', { name: 'From year' });
const toSlider = (page: Page) => page.getByRole('slider', { name: 'To year' });

interface Cy {
  nodes(selector: string): { length: number };
}

/** How many nodes the graph fades as out of the period (Cytoscape's classes). */
function outOfPeriodNodes(page: Page): Promise<number> {
  return page.evaluate(() => {
    const container = document.querySelector('[aria-label="Graph"]') as
      (Element & { _cyreg?: { cy?: Cy } }) | null;
    return container?._cyreg?.cy?.nodes('.out-of-period').length ?? -1;
  });
}

/** Waits until the address holds this period. */
async function waitForPeriod(page: Page, period: string | null): Promise<void> {
  await page.waitForFunction(
    (want) => new URL(window.location.href).searchParams.get('period') === want,
    period,
  );
}

describe('time at 1440×900', () => {
  const s = sessionPerTest({ width: 1440, height: 900 });

  it('moves the period with the slider keys and by dragging', async () => {
    await openApp(s);
    await screenshot(s.page, 'time-default-1440');
    await toSlider(s.page).focus();
    await s.page.keyboard.press('ArrowLeft');
    await waitForPeriod(s.page, '2001-2026');
    await s.page.keyboard.press('PageDown');
    await waitForPeriod(s.page, '2001-2021');
    await fromSlider(s.page).focus();
    await s.page.keyboard.press('PageUp');
    await waitForPeriod(s.page, '2006-2021');
    await s.page.keyboard.press('ArrowRight');
    await waitForPeriod(s.page, '2007-2021');

    // A drag of the To thumb to the slider's left end stops at the From year.
    const box = await toSlider(s.page).boundingBox();
    if (!box) throw new Error('the To slider is not on screen');
    await s.page.mouse.move(box.x + box.width - 4, box.y + box.height / 2);
    await s.page.mouse.down();
    await s.page.mouse.move(box.x + 2, box.y + box.height / 2, { steps: 8 });
    await s.page.mouse.up();
    await waitForPeriod(s.page, '2007');
    await expect(
      s.page
        .getByRole('status')
        .filter({ hasText: /^2007: \d+ of 124 nodes existed\.$/ })
        .count(),
    ).resolves.toBe(1);
    await screenshot(s.page, 'time-slider-2007-1440');
  });

  it('plays two years from 2004, then pauses', async () => {
    await openApp(s, '?period=2004');
    const play = s.page.getByRole('button', { name: 'Play years' });
    await play.click();
    await waitForPeriod(s.page, '2004-2005');
    await waitForPeriod(s.page, '2004-2006');
    await s.page.getByRole('button', { name: 'Pause' }).click();
    const after = query(s.page).get('period');
    await s.page.waitForTimeout(1500);
    expect(query(s.page).get('period')).toBe(after);
    await screenshot(s.page, 'time-played-2006-1440');
  });

  it('opens a period by URL: what did not exist fades, the lists say what and when', async () => {
    await openApp(s, '?period=2010');
    await waitForStillGraph(s.page);
    const faded = await outOfPeriodNodes(s.page);
    expect(faded).toBeGreaterThan(20);
    await expect(fromSlider(s.page).inputValue()).resolves.toBe('2010');
    await s.page.getByRole('button', { name: 'What changed' }).click();
    const changes = s.page.getByRole('region', { name: 'What changed between 2009 and 2010' });
    await expect(changes.getByText('5th AJCT Dialogue', { exact: false }).count()).resolves.toBe(1);
    await screenshot(s.page, 'time-changes-2010-1440');
    await s.page.getByRole('button', { name: 'List of dates' }).click();
    const list = s.page.getByRole('list', { name: 'Dated nodes in date order' });
    await expect(list.getByRole('listitem').count()).resolves.toBeGreaterThan(40);
    await list
      .getByRole('button', { name: 'ASEAN-Japan Counter-Terrorism (AJCT) Dialogue', exact: true })
      .click();
    expect(query(s.page).get('node')).toBe('forum:ajct-dialogue');
    await openApp(s, '?period=1990-2050');
    expect(query(s.page).get('period')).toBeNull();
  });

  it('zooms the timeline in to months with keys; a mark at a month is named and focusable', async () => {
    await openApp(s);
    await s.page.getByRole('button', { name: 'Timeline', exact: true }).click();
    const scale = s.page.locator('.timeline__scale');
    await expect(scale.getAttribute('data-unit')).resolves.toBe('year');
    const mark = s.page.getByRole('button', {
      name: /^11th SOMTC\+Japan meeting \(2014\), June 2014/,
    });
    await mark.focus();
    await s.page.keyboard.type('++++');
    await expect(scale.getAttribute('data-unit')).resolves.toBe('month');
    const ticks = await s.page.locator('.timeline__year').allTextContents();
    expect(ticks).toContain('Jun');
    expect(ticks).toContain('2014');
    const name = s.page.locator('.timeline__name');
    await expect(name.textContent()).resolves.toContain(
      '11th SOMTC+Japan meeting (2014) — June 2014',
    );
    // The mark is on the zoomed axis, a month wide, and the pointer names it too.
    const axis = await s.page.locator('.timeline__axis').boundingBox();
    const box = await mark.boundingBox();
    if (!axis || !box) throw new Error('the timeline or the mark is not on screen');
    expect(box.x).toBeGreaterThanOrEqual(axis.x);
    expect(box.x + box.width).toBeLessThanOrEqual(axis.x + axis.width);
    expect(box.width).toBeGreaterThan(20);
    await screenshot(s.page, 'time-zoom-months-1440');
    await s.page.getByRole('button', { name: 'Zoom timeline in' }).focus();
    await expect(name.textContent()).resolves.not.toContain('SOMTC');
    await s.page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await expect(name.textContent()).resolves.toContain('11th SOMTC+Japan meeting');
    await mark.focus();
    await s.page.keyboard.press('Enter');
    await s.page.waitForFunction(() => new URL(window.location.href).searchParams.has('node'));
    await mark.focus();
    await s.page.keyboard.press('0');
    await expect(scale.getAttribute('data-unit')).resolves.toBe('year');
  });

  it('presents a story step that carries a period, and the clicker moves to the next', async () => {
    await openApp(s, '?story=asean-japan-over-time&step=1&present=1');
    await waitForPeriod(s.page, '2001-2004');
    await waitForStillGraph(s.page);
    await expect(outOfPeriodNodes(s.page)).resolves.toBeGreaterThan(0);
    const shown = s.page.locator('.presenter-period');
    await expect(shown.textContent()).resolves.toBe('Years shown: 2001–2004');
    await screenshot(s.page, 'time-present-step1-1440');
    await s.page.keyboard.press('PageDown');
    await waitForPeriod(s.page, '2001-2006');
    expect(query(s.page).get('step')).toBe('2');
    await expect(shown.textContent()).resolves.toBe('Years shown: 2001–2006');
    await waitForStillGraph(s.page);
    await screenshot(s.page, 'time-present-step2-1440');
  });
});

describe('time at 1280×720', () => {
  const s = sessionPerTest({ width: 1280, height: 720 });

  it('shows the strip, hidden on a short window, by the toolbar’s Time toggle', async () => {
    await openApp(s);
    await waitForStillGraph(s.page);
    const region = s.page.getByRole('region', { name: 'Time' });
    await expect(region.count()).resolves.toBe(0);
    const toggle = s.page.getByRole('button', { name: 'Time', exact: true });
    await expect(toggle.getAttribute('aria-pressed')).resolves.toBe('false');
    await toggle.click();
    await expect(toggle.getAttribute('aria-pressed')).resolves.toBe('true');
    await region.waitFor();
    const axis = await s.page.locator('.timeline__axis').boundingBox();
    const graph = await s.page.locator('[aria-label="Graph"]').boundingBox();
    if (!axis || !graph) throw new Error('the timeline or the graph is not on screen');
    expect(graph.y + graph.height).toBeLessThanOrEqual(axis.y);
    expect(axis.y + axis.height).toBeLessThanOrEqual(720);
    await waitForStillGraph(s.page);
    await screenshot(s.page, 'time-toggle-1280');
    await toggle.click();
    await expect(region.count()).resolves.toBe(0);
  });

  it('leaves the graph its room above the strip', async () => {
    await openApp(s, '?period=2004-2014&node=forum:ajct-dialogue');
    await waitForStillGraph(s.page);
    const graph = await s.page.locator('[aria-label="Graph"]').boundingBox();
    const strip = await s.page.getByRole('region', { name: 'Time' }).boundingBox();
    if (!graph || !strip) throw new Error('the graph or the strip is not on screen');
    expect(graph.y + graph.height).toBeLessThanOrEqual(strip.y + 1);
    expect(graph.height).toBeGreaterThan(400);
    // The whole timeline, its year axis included, is inside the strip and the window.
    const axis = await s.page.locator('.timeline__axis').boundingBox();
    if (!axis) throw new Error('the timeline is not on screen');
    expect(axis.y).toBeGreaterThanOrEqual(strip.y);
    expect(axis.y + axis.height).toBeLessThanOrEqual(Math.min(strip.y + strip.height, 720));
    await screenshot(s.page, 'time-focus-1280');
  });
});

describe('time presenting at 1920×1080', () => {
  const s = sessionPerTest({ width: 1920, height: 1080 });

  it('shows the step’s period large on the overlay', async () => {
    await openApp(s, '?story=asean-japan-over-time&step=3&present=1');
    await waitForStillGraph(s.page);
    const shown = s.page.locator('.presenter-period');
    await expect(shown.textContent()).resolves.toMatch(/^Years shown: 2001–20\d\d$/);
    const size = await shown.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    expect(size).toBeGreaterThanOrEqual(24);
    await screenshot(s.page, 'time-present-1920');
  });
});
