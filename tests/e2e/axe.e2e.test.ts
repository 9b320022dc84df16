// axe-core over the explorer in a real Chromium, in every theme: the start, a focused node, each
// answer panel (coverage, matrix, path), the sources, the stories, the quality report and the
// presenter view — no violations. Then the reflow at 320 CSS px and at 200% zoom (no sideways
// scrolling, Export reachable), forced colours (pressed and selected states still drawn), reduced
// motion (CSS transitions off), and pictures of each theme at 1440×900 and presenting at 1920×1080.
import { describe, expect, it } from 'vitest';
import { THEMES } from '../../src/model/theme';
import { axeViolations } from './axe';
import { openApp, screenshot, sessionPerTest, waitForGraph, type Page } from './browser';
import { waitForStillGraph } from './stillGraph';

/** The states axe checks, each one address. */
const STATES: readonly (readonly [string, string])[] = [
  ['start', ''],
  ['focus', 'node=area:cybercrime'],
  ['coverage', 'panel=coverage&cov=area:cybercrime'],
  ['matrix', 'panel=matrix&cell=area:cybercrime|forum:g8-24-7-network'],
  ['path', 'panel=path&from=area:cybercrime&to=forum:g8-24-7-network'],
  ['sources', 'panel=sources&doc=joint-declaration-2014&passage=8.1(ii)'],
  ['stories', 'panel=stories'],
  ['quality', 'panel=quality'],
  ['presenter', 'story=cybercrime&step=1&present=1'],
];

async function goTo(page: Page, baseUrl: string, query: string): Promise<void> {
  await page.goto(`${baseUrl}?${query}`);
  await waitForGraph(page);
}

/** Whether the page scrolls sideways. */
const scrollsSideways = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);

describe('axe-core finds nothing', () => {
  const s = sessionPerTest({ width: 1440, height: 900 });

  it.each(THEMES)('in the %s theme, in every state', async (theme) => {
    const found: string[] = [];
    for (const [name, query] of STATES) {
      await goTo(s.page, s.baseUrl, `${query}${query ? '&' : ''}theme=${theme}`);
      await expect(s.page.evaluate(() => document.documentElement.dataset.theme)).resolves.toBe(
        theme,
      );
      if (name === 'start' || name === 'presenter') {
        await waitForStillGraph(s.page);
        await screenshot(s.page, `theme-${theme}-${name}`);
      }
      for (const v of await axeViolations(s.page)) found.push(`${name}: ${v}`);
    }
    expect(found).toEqual([]);
  });
});

describe('presenting at 1920×1080', () => {
  const s = sessionPerTest({ width: 1920, height: 1080 });

  it('is clean in every theme, high contrast by default', async () => {
    await goTo(s.page, s.baseUrl, STATES[STATES.length - 1]?.[1] ?? '');
    await expect(s.page.evaluate(() => document.documentElement.dataset.theme)).resolves.toBe(
      'contrast',
    );
    for (const theme of THEMES) {
      await goTo(s.page, s.baseUrl, `story=cybercrime&step=2&present=1&theme=${theme}`);
      await waitForStillGraph(s.page);
      await screenshot(s.page, `present-1920-${theme}`);
      await expect(axeViolations(s.page), theme).resolves.toEqual([]);
    }
  });
});

describe.each([
  [320, 640],
  [720, 450],
])('at %i×%i CSS px (reflow)', (width, height) => {
  const s = sessionPerTest({ width, height });

  it('does not scroll sideways, keeps Export and the panels reachable, folds the legend', async () => {
    await openApp(s, '?node=area:cybercrime');
    await screenshot(s.page, `reflow-${width}x${height}`);
    await expect(scrollsSideways(s.page)).resolves.toBe(false);
    const exportButton = s.page.getByRole('button', { name: /Export/ });
    await exportButton.scrollIntoViewIfNeeded();
    const box = await exportButton.boundingBox();
    expect(box && box.x >= 0 && box.x + box.width <= width).toBe(true);
    await expect(
      s.page.getByRole('button', { name: /^Legend/ }).getAttribute('aria-expanded'),
    ).resolves.toBe('false');
    await s.page.getByRole('tab', { name: /Sources/ }).click();
    await expect(scrollsSideways(s.page)).resolves.toBe(false);
    await expect(axeViolations(s.page)).resolves.toEqual([]);
  });
});

describe('forced colours', () => {
  const s = sessionPerTest({ width: 1440, height: 900 });

  it('keeps pressed buttons and the selected tab apart from the others', async () => {
    await s.page.emulateMedia({ forcedColors: 'active' });
    await openApp(s, '?panel=coverage&cov=area:cybercrime');
    await screenshot(s.page, 'forced-colors');
    const look = (selector: string) =>
      s.page
        .locator(selector)
        .first()
        .evaluate((el) => {
          const c = getComputedStyle(el);
          return [c.backgroundColor, c.color, c.borderBottomColor, c.textDecorationLine].join(' ');
        });
    const pressed = await look('.graph-toolbar [aria-pressed="true"]');
    const unpressed = await look('.graph-toolbar [aria-pressed="false"]');
    expect(pressed).not.toBe(unpressed);
    const selected = await look('[role="tab"][aria-selected="true"]');
    const other = await look('[role="tab"][aria-selected="false"]');
    expect(selected).not.toBe(other);
    await expect(axeViolations(s.page)).resolves.toEqual([]);
  });
});

describe('reduced motion', () => {
  const s = sessionPerTest({ width: 1440, height: 900 });

  it('turns CSS transitions off and keeps the graph working', async () => {
    await s.page.emulateMedia({ reducedMotion: 'reduce' });
    await openApp(s);
    await s.page.getByRole('button', { name: 'Hierarchy', exact: true }).click();
    await waitForStillGraph(s.page);
    expect(new URL(s.page.url()).searchParams.get('layout')).toBe('hierarchy');
    const transition = await s.page
      .getByRole('button', { name: 'Grid' })
      .evaluate((el) => parseFloat(getComputedStyle(el).transitionDuration));
    expect(transition).toBeLessThan(0.001);
  });

  it('moves the canvas without animating: a focus and a layout jump, with motion they glide', async () => {
    // Counts the frames in which Cytoscape animates the viewport or a node, until stopped.
    const countAnimatedFrames = () =>
      s.page.evaluate(() => {
        interface Cy {
          animated(): boolean;
          nodes(selector: string): { nonempty(): boolean };
        }
        const container = document.querySelector('[aria-label="Graph"]') as
          (Element & { _cyreg?: { cy?: Cy } }) | null;
        const cy = container?._cyreg?.cy;
        const w = window as unknown as { animatedFrames: number; stopCount: boolean };
        w.animatedFrames = 0;
        w.stopCount = false;
        const tick = () => {
          if (cy && (cy.animated() || cy.nodes(':animated').nonempty())) w.animatedFrames += 1;
          if (!w.stopCount) requestAnimationFrame(tick);
        };
        requestAnimationFrame(tick);
      });
    const animatedFrames = () =>
      s.page.evaluate(() => {
        const w = window as unknown as { animatedFrames: number; stopCount: boolean };
        w.stopCount = true;
        return w.animatedFrames;
      });
    const focusAndSwitch = async () => {
      await openApp(s);
      await waitForStillGraph(s.page);
      await countAnimatedFrames();
      await s.page.getByRole('combobox', { name: 'Search', exact: true }).fill('cybercrime');
      await s.page.keyboard.press('Enter');
      await s.page.waitForFunction(() => new URL(location.href).searchParams.has('node'));
      await waitForStillGraph(s.page);
      await s.page.getByRole('button', { name: 'Concentric', exact: true }).click();
      await s.page.getByRole('button', { name: 'Fit to view', exact: true }).click();
      await waitForStillGraph(s.page);
      return animatedFrames();
    };
    await s.page.emulateMedia({ reducedMotion: 'reduce' });
    await expect(focusAndSwitch()).resolves.toBe(0);
    await s.page.emulateMedia({ reducedMotion: 'no-preference' });
    await expect(focusAndSwitch()).resolves.toBeGreaterThan(0);
  });
});

describe('a dark system', () => {
  const s = sessionPerTest({ width: 1440, height: 900 });

  it('paints the page dark before the scripts run, and the app keeps it dark', async () => {
    await s.page.emulateMedia({ colorScheme: 'dark' });
    // Hold the scripts back: what shows meanwhile is the page's first paint, the shell.
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    await s.page.route(/\.js$/, async (route) => {
      await held;
      await route.continue();
    });
    await s.page.goto(s.baseUrl, { waitUntil: 'commit' });
    // The shell is in the page, and its stylesheet (a link, not a script) has been applied.
    await s.page.waitForFunction(
      () =>
        document.querySelector('.app-header') !== null &&
        getComputedStyle(document.documentElement).backgroundColor !== 'rgba(0, 0, 0, 0)',
    );
    const paper = () =>
      s.page.evaluate(() => ({
        page: getComputedStyle(document.documentElement).backgroundColor,
        header: getComputedStyle(document.querySelector('.app-header') ?? document.body)
          .backgroundColor,
      }));
    const shell = await paper();
    release();
    await s.page.locator('[aria-label="Graph"][aria-busy="false"]').waitFor();
    expect(await s.page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    expect(shell).toEqual(await paper());
    expect(shell.page).toBe('rgb(15, 19, 24)');
    await s.page.unroute(/\.js$/);
  });
});
