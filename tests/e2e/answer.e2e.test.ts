// The answer panels in a real Chromium: the Coverage panel lists the forums of a crime area with
// reasons and path chips that focus nodes; the matrix lights a cell's paths, sorts and exports
// CSV; the path finder explains a path. The number of nodes drawn lit (litNodes.ts) shows the
// highlight reached the graph; the URL carries the view.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { answerLit } from '../helpers/answerLit';
import { realGraph } from '../fixtures/realGraph';
import { openApp, sessionPerTest, screenshot, type Page } from './browser';
import { litNodes, waitForLitNodes } from './litNodes';
import { nodesOffScreen } from './onScreen';
import { waitForStillGraph } from './stillGraph';

const g = realGraph();
const query = (page: Page) => new URL(page.url()).searchParams;
async function expectLit(page: Page, n: number) {
  await waitForLitNodes(page, n);
  await expect(litNodes(page)).resolves.toBe(n);
}

describe('answer panels', () => {
  const s = sessionPerTest({ width: 1500, height: 950 });

  it('lists the forums covering cybercrime with reasons, lights them, and chips focus nodes', async () => {
    await openApp(s, '?panel=coverage&cov=area:cybercrime');
    const panel = s.page.locator('#panel-body');
    await panel.getByRole('heading', { name: 'Forums covering Cybercrime' }).waitFor();
    // The forums (the first list); the instruments follow in their own list.
    const items = panel.locator('.coverage-list').first().locator(':scope > .coverage-item');
    await expect(items.count()).resolves.toBe(5);
    await expect(items.first().innerText()).resolves.toContain(
      'Cybercrime is covered by ASEAN-Japan Cybercrime (AJCC) Dialogue.',
    );
    const g8 = items.filter({
      has: s.page.getByRole('button', { name: 'G8 24/7 Network', exact: true }),
    });
    await expect(g8.innerText()).resolves.toMatch(/Through an action/);
    const lit = answerLit(g, { panel: 'coverage', coverage: 'area:cybercrime' });
    await expectLit(s.page, lit.nodes.size);
    await screenshot(s.page, 'answer-coverage-cybercrime');

    await g8
      .locator('.path-chips')
      .first()
      .getByRole('button', { name: /8\.1\(ii\)/ })
      .click();
    expect(query(s.page).get('node')).toBe('action:8.1-ii');
    expect(query(s.page).get('cov')).toBe('area:cybercrime');
  });

  it('answers in one click from the area buttons, and the reverse from the search box', async () => {
    await openApp(s, '?panel=coverage');
    const panel = s.page.locator('#panel-body');
    const whole = await waitForStillGraph(s.page);
    await panel
      .getByRole('group', { name: 'Crime areas' })
      .getByRole('button', { name: 'Terrorism' })
      .click();
    expect(query(s.page).get('cov')).toBe('area:terrorism');
    await panel.getByRole('heading', { name: 'Forums covering Terrorism' }).waitFor();
    await panel.locator('.more-paths > summary').first().click();
    await expect(panel.locator('.more-paths').first().innerText()).resolves.toContain(
      'Through a project or meeting',
    );
    await screenshot(s.page, 'answer-coverage-terrorism-more');

    // From the keyboard: Tab through the area buttons, Enter picks.
    const piracy = panel.getByRole('button', { name: 'Sea Piracy' });
    await piracy.focus();
    await s.page.keyboard.press('Enter');
    expect(query(s.page).get('cov')).toBe('area:sea-piracy');
    await panel.getByRole('heading', { name: 'Forums covering Sea Piracy' }).waitFor();
    // The view comes to the answer: closer than the whole graph, every lit node on screen.
    const piracyLit = answerLit(g, { panel: 'coverage', coverage: 'area:sea-piracy' });
    await expectLit(s.page, piracyLit.nodes.size);
    const { zoom } = await waitForStillGraph(s.page);
    expect(zoom).toBeGreaterThan(whole.zoom);
    await expect(nodesOffScreen(s.page, [...piracyLit.nodes])).resolves.toEqual([]);

    await panel
      .getByRole('group', { name: 'Crime areas' })
      .getByRole('button', { name: 'International Economic Crime' })
      .click();
    await expect(panel.locator('.answer-empty').first().innerText()).resolves.toContain(
      'No forum is linked to International Economic Crime in these 4 documents',
    );

    const box = panel.getByRole('combobox', { name: 'Area or forum' });
    await box.fill('G8 24/7');
    await box.press('Enter');
    expect(query(s.page).get('cov')).toBe('forum:g8-24-7-network');
    await panel.getByRole('heading', { name: 'Crime areas covered by G8 24/7 Network' }).waitFor();
    await screenshot(s.page, 'answer-coverage-g8');
  });

  it('shows the matrix, lights a cell, sorts and exports CSV', async () => {
    await openApp(s, '?panel=matrix');
    const panel = s.page.locator('#panel-body');
    const table = panel.getByRole('table');
    await expect(table.locator('caption').innerText()).resolves.toContain('Crime areas × forums');
    await expect(table.locator('tbody tr').count()).resolves.toBe(8);
    await screenshot(s.page, 'answer-matrix');

    const cell = table.getByRole('button', {
      name: /^Cybercrime × G8 24\/7 Network: strength 2, 1 path$/,
    });
    const overview = await waitForStillGraph(s.page);
    await cell.click();
    expect(query(s.page).get('cell')).toBe('area:cybercrime|forum:g8-24-7-network');
    await expect(cell.getAttribute('aria-pressed')).resolves.toBe('true');
    const lit = answerLit(g, {
      panel: 'matrix',
      cell: ['area:cybercrime', 'forum:g8-24-7-network'],
    });
    await expectLit(s.page, lit.nodes.size);
    // The cell's paths are brought into view: closer than the overview.
    const { zoom } = await waitForStillGraph(s.page);
    expect(zoom).toBeGreaterThan(overview.zoom * 1.5);
    await expect(nodesOffScreen(s.page, [...lit.nodes])).resolves.toEqual([]);
    await expect(panel.locator('.cell-detail').innerText()).resolves.toContain(
      'is pursued through G8 24/7 Network',
    );
    await screenshot(s.page, 'answer-matrix-cell');

    const ajct = table.locator('thead th').filter({
      has: s.page.getByRole('button', { name: 'ASEAN-Japan Counter-Terrorism (AJCT) Dialogue' }),
    });
    await ajct.getByRole('button').click();
    await expect(ajct.getAttribute('aria-sort')).resolves.toBe('descending');
    await expect(table.locator('tbody tr').first().locator('th').innerText()).resolves.toBe(
      'Terrorism',
    );

    const [download] = await Promise.all([
      s.page.waitForEvent('download'),
      panel.getByRole('link', { name: 'Download CSV' }).click(),
    ]);
    const path = await download.path();
    const csv = readFileSync(path, 'utf8');
    expect(csv.split('\r\n')[0]).toMatch(
      /^Crime area \(coverage strength 1-4\),.*,Total strength$/,
    );
    expect(csv.split('\r\n')[1]).toMatch(/^Terrorism,/);

    await panel.getByRole('radio', { name: 'Projects' }).check();
    expect(query(s.page).get('matrix')).toBe('project');
    expect(query(s.page).get('cell')).toBeNull();
    await expect(table.locator('caption').innerText()).resolves.toContain('× projects');
    await screenshot(s.page, 'answer-matrix-projects');
  });

  it('finds and explains the path between two nodes', async () => {
    await openApp(s, '?panel=path&from=area:cybercrime&to=forum:g8-24-7-network');
    const panel = s.page.locator('#panel-body');
    await expect(panel.locator('.answer-result').innerText()).resolves.toContain(
      'which is pursued through G8 24/7 Network.',
    );
    const lit = answerLit(g, {
      panel: 'path',
      from: 'area:cybercrime',
      to: 'forum:g8-24-7-network',
    });
    await expectLit(s.page, lit.nodes.size);
    // The view comes to the path: every node on it is on screen, close up but not oversized.
    const { zoom } = await waitForStillGraph(s.page);
    expect(zoom).toBeGreaterThan(1);
    expect(zoom).toBeLessThanOrEqual(1.6);
    await expect(nodesOffScreen(s.page, [...lit.nodes])).resolves.toEqual([]);
    await screenshot(s.page, 'answer-path');

    const to = panel.getByRole('combobox', { name: 'To' });
    await to.fill('JAIF');
    await to.press('Enter');
    expect(query(s.page).get('to')).toBe('organization:jaif');
    await expect(panel.locator('.answer-result h3').innerText()).resolves.toMatch(
      /shortest paths? of 2 steps/,
    );
  });
});
