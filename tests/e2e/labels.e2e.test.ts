// What a person can read, in a real Chromium, from the geometry Cytoscape draws (legibility.ts):
// the overview, five focused nodes (the densest hub, Cybercrime, JAIF, ReCAAP, the AJCT Dialogue
// at two hops) at 1440×900 and 1280×720 with the legend open, and three presenter steps at
// 1920×1080. In every view no label is drawn under the floor (10 px; 16 px presenting), none
// overlaps another or covers a node, none leaves the canvas; around a focus every node is named
// or sits in a named group and the focus is the largest label. Also: the labels are drawn in
// the shipped font, measured as the planner measures them; hovering a node without a label
// names it; a group row opens when clicked.
import { describe, expect, it } from 'vitest';
import { textWidth } from '../../src/view/labelFont';
import { openApp, sessionPerTest, screenshot, type Page } from './browser';
import { readLegibility, type Legibility } from './legibility';
import { waitForStillGraph } from './stillGraph';

/** Still, and the labels planned again for where the view rests (150 ms after it stops). */
async function settled(page: Page): Promise<Legibility> {
  await waitForStillGraph(page);
  await page.waitForTimeout(250);
  await waitForStillGraph(page);
  return readLegibility(page);
}

/** The floor, no overlap, nothing covered, nothing off the canvas. */
function expectReadable(view: Legibility, floor: number): void {
  expect(view.labels.length).toBeGreaterThan(0);
  expect(view.smallestPx).toBeGreaterThanOrEqual(floor - 0.01);
  expect(view.overlaps).toEqual([]);
  expect(view.covering).toEqual([]);
  expect(view.offCanvas).toEqual([]);
}

const WINDOWS = [
  { width: 1440, height: 900 },
  { width: 1280, height: 720 },
] as const;

const FOCUSED = [
  ['declaration:2014-joint-declaration', ''],
  ['area:cybercrime', ''],
  ['organization:jaif', ''],
  ['declaration:recaap', ''],
  ['forum:ajct-dialogue', '&hops=2'],
] as const;

for (const size of WINDOWS) {
  describe(`labels at ${size.width}×${size.height}`, () => {
    const s = sessionPerTest(size);

    it('name the overview: 40 % of the nodes drawn or more, the crime areas and the centre all', async () => {
      await openApp(s);
      const view = await settled(s.page);
      expectReadable(view, 10);
      expect(view.labelledOnScreen / view.nodesOnScreen).toBeGreaterThanOrEqual(0.4);
      const named = new Set(view.labels.map((l) => l.id));
      const areas = await areaKeys(s.page);
      expect(areas.filter((a) => !named.has(a))).toEqual([]);
      // The map's centre (58 links) and the declaration before it are named, by their short names.
      const byId = new Map(view.labels.map((l) => [l.id, l.text.replace(/\s+/g, ' ')]));
      expect(byId.get('declaration:2014-joint-declaration')).toBe('2014 Joint Declaration');
      expect(byId.get('declaration:2004-joint-declaration')).toBe('2004 Joint Declaration');
      await screenshot(s.page, `labels-overview-${size.width}`);
    });

    it.each(FOCUSED)('name every node around %s%s, the focus largest', async (node, extra) => {
      await openApp(s, `?node=${node}${extra}`);
      const view = await settled(s.page);
      expectReadable(view, 10);
      expect(view.unnamedNeighbours).toEqual([]);
      expect(view.focusPx).toBeGreaterThan(view.largestOtherPx);
      await screenshot(s.page, `labels-focus-${node.replace(/\W+/g, '-')}-${size.width}`);
    });
  });
}

describe('labels in presenter mode at 1920×1080', () => {
  const s = sessionPerTest({ width: 1920, height: 1080 });

  it.each([
    ['asean-japan-over-time', 1],
    ['asean-japan-over-time', 4],
    ['terrorism', 3],
  ])('reach 16 px in story %s, step %i, the step’s subject first', async (story, step) => {
    await openApp(s, `?story=${story}&step=${step}&present=1`);
    const view = await settled(s.page);
    expectReadable(view, 16);
    expect(view.unnamedNeighbours).toEqual([]);
    // The step's subject (its lit nodes) is named, at least as large as anything else but the focus.
    const lit = await s.page.evaluate(() => {
      const c = document.querySelector('[aria-label="Graph"]') as
        | (Element & {
            _cyreg?: { cy?: { nodes(s: string): { map<T>(f: (n: { id(): string }) => T): T[] } } };
          })
        | null;
      return c?._cyreg?.cy?.nodes('.lit:visible').map((n) => n.id()) ?? [];
    });
    const px = new Map(view.labels.map((l) => [l.id, l.px]));
    const litPx = lit.flatMap((id) => (px.has(id) ? [px.get(id) ?? 0] : []));
    expect(litPx.length).toBeGreaterThan(0);
    const others = view.labels
      .filter((l) => l.group === 'node' && !lit.includes(l.id))
      .map((l) => l.px);
    if (view.focusPx === 0 && others.length > 0)
      expect(Math.max(...litPx)).toBeGreaterThanOrEqual(Math.max(...others));
    await screenshot(s.page, `labels-present-${story}-${step}`);
  });
});

describe('label font and names on demand', () => {
  const s = sessionPerTest({ width: 1280, height: 720 });

  it('draws in the shipped font, as wide as the planner measures', async () => {
    await openApp(s);
    const measured = await s.page.evaluate(async () => {
      await document.fonts.ready;
      const ctx = document.createElement('canvas').getContext('2d');
      if (!ctx) throw new Error('no canvas');
      ctx.font = '12px "Atkinson Hyperlegible", sans-serif';
      return {
        loaded: document.fonts.check('12px "Atkinson Hyperlegible"'),
        family: getComputedStyle(document.body).fontFamily,
        width: ctx.measureText('ASEAN-Japan Counter-Terrorism (AJCT) Dialogue').width,
      };
    });
    expect(measured.loaded).toBe(true);
    expect(measured.family).toContain('Atkinson Hyperlegible');
    const planned = textWidth('ASEAN-Japan Counter-Terrorism (AJCT) Dialogue', 12, false);
    expect(Math.abs(measured.width - planned) / planned).toBeLessThan(0.01);
  });

  it('names a node that carries no label when the pointer is on it', async () => {
    await openApp(s);
    const view = await settled(s.page);
    const named = new Set(view.labels.map((l) => l.id));
    const target = await s.page.evaluate(
      (namedIds) => {
        interface N {
          id(): string;
          renderedPosition(): { x: number; y: number };
          data(f: string): string;
        }
        const c = document.querySelector('[aria-label="Graph"]') as
          (Element & { _cyreg?: { cy?: { nodes(s: string): { toArray(): N[] } } } }) | null;
        const box = c?.getBoundingClientRect();
        const n = c?._cyreg?.cy
          ?.nodes(':visible')
          .toArray()
          .find((m) => !namedIds.includes(m.id()) && m.renderedPosition().x > 40);
        if (!n || !box) return null;
        const p = n.renderedPosition();
        return { x: box.left + p.x, y: box.top + p.y, name: n.data('full') };
      },
      [...named],
    );
    if (!target) throw new Error('every node carries a label');
    await s.page.mouse.move(target.x, target.y);
    await expect.poll(() => s.page.getByRole('tooltip').innerText()).toContain(target.name);
  });

  it('moves from one focus to the next without a fault, naming the new neighbourhood', async () => {
    const faults: string[] = [];
    s.page.on('pageerror', (e) => faults.push(e.message));
    await openApp(s, '?node=area:trafficking-in-persons');
    await settled(s.page);
    // A link in Details moves the focus; the frame of the next node is laid out and named.
    await s.page
      .getByRole('region', { name: 'Details' })
      .getByRole('button', {
        name: /ASEAN-Japan Joint Declaration for Cooperation to Combat Terrorism and Transnational Crime \(2014\)/,
      })
      .first()
      .click();
    await expect
      .poll(() => new URL(s.page.url()).searchParams.get('node'))
      .toBe('declaration:2014-joint-declaration');
    const view = await settled(s.page);
    expect(faults).toEqual([]);
    expectReadable(view, 10);
    expect(view.unnamedNeighbours).toEqual([]);
    await s.page.goBack();
    await expect
      .poll(() => new URL(s.page.url()).searchParams.get('node'))
      .toBe('area:trafficking-in-persons');
    expectReadable(await settled(s.page), 10);
    expect(faults).toEqual([]);
  });

  it('opens a group row when it is clicked, naming its members', async () => {
    await openApp(s, '?node=declaration:2014-joint-declaration');
    await settled(s.page);
    const group = await s.page.evaluate(() => {
      interface N {
        renderedPosition(): { x: number; y: number };
        data(f: string): unknown;
      }
      const c = document.querySelector('[aria-label="Graph"]') as
        (Element & { _cyreg?: { cy?: { nodes(s: string): { toArray(): N[] } } } }) | null;
      const box = c?.getBoundingClientRect();
      const g = c?._cyreg?.cy
        ?.nodes('.group')
        .toArray()
        .find((n) => n.data('kind') === 'action');
      if (!g || !box) return null;
      const p = g.renderedPosition();
      return { x: box.left + p.x, y: box.top + p.y, members: g.data('members') as string[] };
    });
    if (!group) throw new Error('the 26 actions are not grouped at 1280×720');
    await s.page.mouse.click(group.x, group.y);
    const view = await settled(s.page);
    const named = new Set(view.labels.map((l) => l.id));
    expect(group.members.filter((m) => !named.has(m))).toEqual([]);
    expectReadable(view, 10);
    await screenshot(s.page, 'labels-group-opened');
  });
});

/** The crime areas' keys, read from the page's graph. */
function areaKeys(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const c = document.querySelector('[aria-label="Graph"]') as
      | (Element & {
          _cyreg?: { cy?: { nodes(s: string): { map<T>(f: (n: { id(): string }) => T): T[] } } };
        })
      | null;
    return c?._cyreg?.cy?.nodes('.k-area:visible').map((n) => n.id()) ?? [];
  });
}
