/**
 * Which of some nodes lie outside the graph's box as drawn now (their centres, in rendered
 * pixels). Reaches `cy` the way stillGraph.ts does, through Cytoscape's registration.
 */
import type { Page } from 'playwright-core';

export function nodesOffScreen(page: Page, keys: readonly string[]): Promise<string[]> {
  return page.evaluate((wanted) => {
    interface Cy {
      width(): number;
      height(): number;
      $id(id: string): { renderedPosition(): { x: number; y: number } };
    }
    const c = document.querySelector('[aria-label="Graph"]') as
      (Element & { _cyreg?: { cy?: Cy } }) | null;
    const cy = c?._cyreg?.cy;
    if (!cy) throw new Error('nodesOffScreen: no Cytoscape instance');
    return wanted.filter((k) => {
      const p = cy.$id(k).renderedPosition();
      return p.x < 0 || p.y < 0 || p.x > cy.width() || p.y > cy.height();
    });
  }, keys);
}
