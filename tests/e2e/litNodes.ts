/**
 * How many nodes the graph draws focused, near the focus or lit by a panel, read from Cytoscape's
 * classes (reached through its registration on the container, as stillGraph.ts does): the
 * canvas itself cannot be queried. Group nodes (a row of the focus frame, an overview group)
 * stand for their members and are not counted.
 */
import type { Page } from 'playwright-core';

interface Cy {
  nodes(selector: string): { not(selector: string): { length: number } };
}

/** The number of focused, near or lit nodes now. */
export function litNodes(page: Page): Promise<number> {
  return page.evaluate(() => {
    const container = document.querySelector('[aria-label="Graph"]') as
      (Element & { _cyreg?: { cy?: Cy } }) | null;
    const cy = container?._cyreg?.cy;
    return cy ? cy.nodes('.focus, .near, .lit').not('.group').length : -1;
  });
}

/** Waits until the graph draws exactly `n` focused, near or lit nodes, and returns `n`. */
export async function waitForLitNodes(page: Page, n: number): Promise<number> {
  await page.waitForFunction((want) => {
    const container = document.querySelector('[aria-label="Graph"]') as
      (Element & { _cyreg?: { cy?: Cy } }) | null;
    const cy = container?._cyreg?.cy;
    return cy?.nodes('.focus, .near, .lit').not('.group').length === want;
  }, n);
  return n;
}

/** The nodes drawn with the roving focus's mark (view/reachedMark.ts): each one's full name. */
export function reachedMarks(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    interface Marked {
      map<T>(f: (n: { data(name: string): unknown }) => T): T[];
    }
    const container = document.querySelector('[aria-label="Graph"]') as
      (Element & { _cyreg?: { cy?: { nodes(selector: string): Marked } } }) | null;
    const cy = container?._cyreg?.cy;
    return cy ? cy.nodes('.reached').map((n) => String(n.data('full'))) : [];
  });
}
