/**
 * What the benchmark runs inside the page: a ready probe (the moment the graph reports
 * aria-busy="false", or the baseline renders), a per-keystroke search probe, and a focus probe.
 * Times are performance.now() in the page, so browser start-up is not counted.
 */
import type { Page } from 'playwright-core';

/** Installed before any page script: records when the page is ready. */
export const READY_PROBE = `
  window.__benchReady = null;
  const check = () => {
    if (window.__benchReady === null && document.querySelector(
      '[aria-label="Graph"][aria-busy="false"], [data-bench-ready]')) {
      window.__benchReady = performance.now();
    }
  };
  new MutationObserver(check).observe(document, {
    subtree: true, childList: true, attributes: true,
    attributeFilter: ['aria-busy', 'data-bench-ready'],
  });
`;

/** Milliseconds from navigation start to ready, waiting for it. */
export async function readyTime(page: Page): Promise<number> {
  await page.waitForFunction(
    () => (window as unknown as { __benchReady: number | null }).__benchReady !== null,
    undefined,
    { timeout: 60_000 },
  );
  return page.evaluate(() => (window as unknown as { __benchReady: number }).__benchReady);
}

/** Starts recording, per input event, the time until the results list next changes. */
export async function startSearchProbe(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { __benchKeys: number[] };
    w.__benchKeys = [];
    let started: number | null = null;
    document.addEventListener('input', () => (started = performance.now()), true);
    const list = document.querySelector('[role="listbox"]');
    if (!list) return;
    new MutationObserver(() => {
      if (started === null) return;
      w.__benchKeys.push(performance.now() - started);
      started = null;
    }).observe(list, { subtree: true, childList: true, characterData: true, attributes: true });
  });
}

export async function searchTimes(page: Page): Promise<number[]> {
  return page.evaluate(() => (window as unknown as { __benchKeys: number[] }).__benchKeys);
}

/**
 * Focuses `key` the way a shared link or Back does (URL + popstate; `query` adds parameters, e.g.
 * "present=1&") and returns the time until the graph has lit the neighbourhood and chosen its
 * labels: the graph view marks 'graph:shown' (User Timing) once the adapter has shown the scene.
 */
export async function focusTime(page: Page, key: string, query = ''): Promise<number> {
  return page.evaluate(
    ([k, q]) =>
      new Promise<number>((resolve) => {
        const graph = document.querySelector('[aria-label="Graph"]');
        if (!graph) return resolve(Number.NaN);
        const t0 = performance.now();
        const observer = new PerformanceObserver((list) => {
          const shown = list.getEntriesByName('graph:shown').find((m) => m.startTime >= t0);
          if (!shown) return;
          observer.disconnect();
          resolve(shown.startTime - t0);
        });
        observer.observe({ type: 'mark' });
        // A focus that never lands (a fault) is reported as no number, not waited for.
        setTimeout(() => {
          observer.disconnect();
          resolve(Number.NaN);
        }, 10_000);
        history.pushState(null, '', `?${q}node=${encodeURIComponent(k)}`);
        dispatchEvent(new PopStateEvent('popstate'));
      }),
    [key, query] as const,
  );
}

/** The app's performance marks (graph:adapter-loaded, graph:cy-created, graph:ready), in ms. */
export async function graphMarks(page: Page): Promise<Record<string, number>> {
  return page.evaluate(() =>
    Object.fromEntries(
      performance
        .getEntriesByType('mark')
        .filter((m) => m.name.startsWith('graph:'))
        .map((m) => [m.name, m.startTime]),
    ),
  );
}

/** Arms a probe: the next Enter keydown starts a clock stopped when the graph lights a focus. */
export async function armEnterProbe(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { __benchEnter: Promise<number> };
    w.__benchEnter = new Promise<number>((resolve) => {
      let t0 = Number.NaN;
      // Inline listeners only: named functions make the bundler inject helpers the page lacks.
      document.addEventListener(
        'keydown',
        (e) => {
          if (e.key === 'Enter' && Number.isNaN(t0)) t0 = performance.now();
        },
        true,
      );
      const graph = document.querySelector('[aria-label="Graph"]');
      if (!graph) return resolve(Number.NaN);
      new PerformanceObserver((list, obs) => {
        if (Number.isNaN(t0)) return;
        const shown = list.getEntriesByName('graph:shown').find((m) => m.startTime >= t0);
        if (!shown) return;
        obs.disconnect();
        resolve(shown.startTime - t0);
      }).observe({ type: 'mark' });
    });
  });
}

export async function enterTime(page: Page): Promise<number> {
  return page.evaluate(() => (window as unknown as { __benchEnter: Promise<number> }).__benchEnter);
}

/**
 * Arms a probe for the year slider: each `input` event starts a clock that the next 'graph:shown'
 * mark stops (the scene of the new period applied); the times collect in the page.
 */
export async function armSliderProbe(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { __benchSlider: number[] };
    w.__benchSlider = [];
    let t0 = Number.NaN;
    // Inline listeners only: named functions make the bundler inject helpers the page lacks.
    document.addEventListener(
      'input',
      (e) => {
        if ((e.target as HTMLInputElement | null)?.type === 'range') t0 = performance.now();
      },
      true,
    );
    new PerformanceObserver((list) => {
      if (Number.isNaN(t0)) return;
      const shown = list.getEntriesByName('graph:shown').find((m) => m.startTime >= t0);
      if (!shown) return;
      w.__benchSlider.push(shown.startTime - t0);
      t0 = Number.NaN;
    }).observe({ type: 'mark' });
  });
}

/** Steps the To-year slider `steps` times (Left, then Right) and returns ms per step. */
export async function sliderStepTimes(page: Page, steps: number): Promise<number[]> {
  await armSliderProbe(page);
  await page.getByRole('slider', { name: 'To year' }).focus();
  for (let i = 0; i < steps; i++) {
    await page.keyboard.press(i < steps / 2 ? 'ArrowLeft' : 'ArrowRight');
    await page.waitForTimeout(200);
  }
  return page.evaluate(() => (window as unknown as { __benchSlider: number[] }).__benchSlider);
}
