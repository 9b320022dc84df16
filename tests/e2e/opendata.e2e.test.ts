// Opening a colleague's GEXF in a real browser: by the file picker and by a drop on the page, the
// column mapping, then search it, focus a node, and reload into it (the dataset is kept); the
// Quality panel on the embedded data and on a GEXF with an orphan and an edge to a missing node.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { openApp, sessionPerTest, screenshot, waitForGraph, type Page } from './browser';

const GEXF_PATH = 'tests/fixtures/opendata/gephi.gexf';
const GEXF = readFileSync(GEXF_PATH, 'utf8');
const ORPHAN_PATH = 'tests/fixtures/opendata/orphan.gexf';

/** Drops a file on the page as a person dragging it from the desktop would. */
async function dropFile(page: Page, name: string, text: string): Promise<void> {
  await page.evaluate(
    ({ name, text }) => {
      const data = new DataTransfer();
      data.items.add(new File([text], name, { type: 'application/xml' }));
      const target = document.querySelector('.app-graph') ?? document.body;
      for (const type of ['dragenter', 'dragover', 'drop'])
        target.dispatchEvent(
          new DragEvent(type, { dataTransfer: data, bubbles: true, cancelable: true }),
        );
    },
    { name, text },
  );
}

async function acceptMapping(page: Page): Promise<void> {
  const dialog = page.getByRole('dialog', { name: /Open gephi\.gexf/ });
  await dialog.getByRole('button', { name: 'Check and open' }).click();
  await dialog.waitFor({ state: 'detached' });
  await waitForGraph(page);
}

async function searchAndFocus(page: Page, typed: string, label: RegExp): Promise<void> {
  const search = page.getByRole('combobox', { name: 'Search', exact: true });
  await search.fill('');
  await search.type(typed);
  await expect(page.getByRole('option').first().textContent()).resolves.toMatch(label);
  await page.keyboard.press('Enter');
  await page
    .getByRole('region', { name: 'Details', exact: true })
    .getByRole('heading', { level: 2 })
    .filter({ hasText: label })
    .waitFor();
}

describe('open data', () => {
  const s = sessionPerTest();

  it('opens a GEXF from the picker, refuses a broken file keeping it, opens one dropped', async () => {
    const { page } = s;
    await openApp(s);
    const picker = page.locator('input[type="file"][accept*=".gexf"]');
    await picker.setInputFiles(GEXF_PATH);
    const dialog = page.getByRole('dialog', { name: /Open gephi\.gexf/ });
    // The mapping step offers the file's kinds, guessed onto the explorer's.
    await expect(dialog.getByLabel('Topic').inputValue()).resolves.toBe('area');
    await screenshot(page, 'opendata-1-mapping');
    await acceptMapping(page);
    await searchAndFocus(page, 'recaap', /ReCAAP Information Sharing Centre/);
    expect(new URL(page.url()).searchParams.get('node')).toBe('n1');

    // A broken file is refused with its place; the dataset shown stays.
    await dropFile(page, 'broken.gexf', GEXF.replace('<node id="n2"', '<node id="n2'));
    const refused = page.getByRole('dialog', { name: /Open broken\.gexf/ });
    await expect(refused.getByRole('list', { name: 'Problems' }).textContent()).resolves.toMatch(
      /broken\.gexf, line \d+/,
    );
    await screenshot(page, 'opendata-2-problems');
    await refused.getByRole('button', { name: 'Close' }).click();
    await expect(
      page
        .getByRole('region', { name: 'Details', exact: true })
        .getByRole('heading', { level: 2 })
        .textContent(),
    ).resolves.toMatch(/ReCAAP Information Sharing Centre/);

    // The same file dropped on the page opens too.
    await dropFile(page, 'gephi.gexf', GEXF);
    await acceptMapping(page);
    await searchAndFocus(page, 'singapore', /Singapore/);
    await screenshot(page, 'opendata-3-focused');
    const address = new URL(page.url());
    expect(address.searchParams.get('dataset')).toMatch(/^gephi-/);
    expect(address.searchParams.get('node')).toBe('n2');

    // A reload comes back to the kept dataset, the node still focused.
    await page.reload();
    await waitForGraph(page);
    await page
      .getByRole('region', { name: 'Details', exact: true })
      .getByRole('heading', { level: 2 })
      .filter({ hasText: /Singapore/ })
      .waitFor();
    await expect(page.getByLabel('Dataset').inputValue()).resolves.toBe(
      address.searchParams.get('dataset'),
    );

    // The menu switches back to the built-in dataset.
    await page.getByLabel('Dataset').selectOption('');
    await waitForGraph(page);
    expect(new URL(page.url()).searchParams.get('dataset')).toBeNull();
  });

  it('exports the dataset as a bundle and as GEXF, and each opens again as the same graph', async () => {
    const { page } = s;
    await openApp(s);
    const shownNodes = () =>
      page.evaluate(() => {
        const c = document.querySelector('[aria-label="Graph"]') as
          (Element & { _cyreg?: { cy?: { nodes(): { length: number } } } }) | null;
        return c?._cyreg?.cy?.nodes().length ?? 0;
      });
    const builtIn = await shownNodes();
    const exported = async (words: string) => {
      await page.getByRole('button', { name: 'Export', exact: true }).click();
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: words, exact: true }).click(),
      ]);
      return { path: await download.path(), name: download.suggestedFilename() };
    };
    const picker = page.locator('input[type="file"][accept*=".gexf"]');

    // The bundle opens with no mapping step: graph, sources and stories as they were.
    const bundle = await exported('JSON bundle');
    expect(bundle.name).toMatch(/\.json$/);
    await picker.setInputFiles({
      name: bundle.name,
      mimeType: 'application/json',
      buffer: readFileSync(bundle.path),
    });
    await page.waitForFunction(() => new URL(location.href).searchParams.has('dataset'));
    await waitForGraph(page);
    await expect(shownNodes()).resolves.toBe(builtIn);
    await searchAndFocus(page, 'recaap', /Regional Cooperation Agreement/);

    // GEXF, for Gephi, opens through the mapping step with the explorer's own kinds.
    const gexf = await exported('GEXF (Gephi)');
    expect(gexf.name).toMatch(/\.gexf$/);
    await picker.setInputFiles({
      name: 'again.gexf',
      mimeType: 'application/xml',
      buffer: readFileSync(gexf.path),
    });
    const dialog = page.getByRole('dialog', { name: /Open again\.gexf/ });
    await dialog.getByRole('button', { name: 'Check and open' }).click();
    await dialog.waitFor({ state: 'detached' });
    await waitForGraph(page);
    await expect(shownNodes()).resolves.toBe(builtIn);
    // GEXF carries names but not aliases: the label finds it.
    await searchAndFocus(page, 'Regional Cooperation Agreement', /Regional Cooperation Agreement/);
  });

  it('exports what the view shows, and that part opens as a dataset of its own', async () => {
    const { page } = s;
    await openApp(s, '?node=area:cybercrime');
    await page.getByRole('button', { name: 'Export', exact: true }).click();
    const part = page.getByRole('radio', { name: /^what the view shows/ });
    const words = (await part.locator('xpath=..').textContent()) ?? '';
    const nodes = Number(/\((\d+) nodes/.exec(words)?.[1]);
    expect(nodes).toBeGreaterThan(5);
    // The whole dataset stays the default.
    const whole = page.getByRole('radio', { name: /^all of it/ });
    await expect(whole.isChecked()).resolves.toBe(true);
    const all = /\((\d+) nodes/.exec((await whole.locator('xpath=..').textContent()) ?? '');
    expect(nodes).toBeLessThan(Number(all?.[1]));
    await part.check();
    await screenshot(page, 'opendata-4-export-part');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'JSON bundle', exact: true }).click(),
    ]);
    const bundle = JSON.parse(readFileSync(await download.path(), 'utf8')) as {
      name: string;
      graph: { nodes: unknown[] };
    };
    expect(bundle.name).toMatch(/ — Cybercrime$/);
    expect(bundle.graph.nodes).toHaveLength(nodes);

    await page.locator('input[type="file"][accept*=".gexf"]').setInputFiles({
      name: download.suggestedFilename(),
      mimeType: 'application/json',
      buffer: readFileSync(await download.path()),
    });
    await page.waitForFunction(() => new URL(location.href).searchParams.has('dataset'));
    await waitForGraph(page);
    const shown = await page.evaluate(() => {
      const c = document.querySelector('[aria-label="Graph"]') as
        (Element & { _cyreg?: { cy?: { nodes(): { length: number } } } }) | null;
      return c?._cyreg?.cy?.nodes().length ?? 0;
    });
    expect(shown).toBe(nodes);
    await searchAndFocus(page, 'cyber crime', /Cybercrime/);
  });

  it('reports the quality of the data shown, embedded then an opened GEXF; a finding focuses its node', async () => {
    const { page } = s;
    await openApp(s);
    const focused = () => new URL(page.url()).searchParams.get('node');
    await page.getByRole('tab', { name: 'Quality' }).click();
    const panel = page.getByRole('tabpanel');
    // The embedded data: no error, its inferred facts counted; one focuses its source node.
    await expect(
      panel.getByRole('heading', { name: /^Inferred facts: / }).textContent(),
    ).resolves.toBe('Inferred facts: 29 (information)');
    await expect(
      panel.getByRole('heading', { name: /^Quotes not found: / }).textContent(),
    ).resolves.toBe('Quotes not found: 0 (error)');
    await panel
      .getByRole('list', { name: /^Inferred facts/ })
      .getByRole('button', { name: /event:asean-japan-summit-2004->held_in->country:laos/ })
      .click();
    await page.waitForFunction(() => new URL(location.href).searchParams.has('node'));
    expect(focused()).toBe('event:asean-japan-summit-2004');
    expect(new URL(page.url()).searchParams.get('panel')).toBe('quality');

    // A GEXF with an orphan, an edge to a node it lacks and no sources opens, and says so.
    await page.locator('input[type="file"][accept*=".gexf"]').setInputFiles(ORPHAN_PATH);
    const dialog = page.getByRole('dialog', { name: /Open orphan\.gexf/ });
    await dialog.getByRole('button', { name: 'Check and open' }).click();
    await dialog.waitFor({ state: 'detached' });
    await waitForGraph(page);
    if ((await page.getByRole('tab', { name: 'Quality' }).getAttribute('aria-selected')) !== 'true')
      await page.getByRole('tab', { name: 'Quality' }).click();
    const heading = (name: RegExp) => panel.getByRole('heading', { name }).textContent();
    await expect(heading(/^Orphans: /)).resolves.toBe('Orphans: 1 (warning)');
    await expect(heading(/^Dangling edges: /)).resolves.toBe('Dangling edges: 1 (error)');
    await expect(heading(/^Unsourced nodes: /)).resolves.toBe('Unsourced nodes: 5 (warning)');
    await expect(
      panel.getByRole('list', { name: /^Dangling edges/ }).textContent(),
    ).resolves.toMatch(/orphan\.gexf, line \d+, edge "4", field target/);
    await panel
      .getByRole('list', { name: /^Orphans/ })
      .getByRole('button', { name: /Lonely Coast Guard Office/ })
      .click();
    await page.waitForFunction(() => new URL(location.href).searchParams.get('node') === 'n4');
    await screenshot(page, 'opendata-4-quality');
    // The focus is the graph's: Details, opened next, is on the orphan.
    await page.getByRole('tab', { name: 'Details' }).click();
    await page
      .getByRole('region', { name: 'Details', exact: true })
      .getByRole('heading', { level: 2 })
      .filter({ hasText: /Lonely Coast Guard Office/ })
      .waitFor();
  });

  it('says so when a link names a dataset this browser lacks, and offers to open it', async () => {
    const { page } = s;
    await openApp(s, '?dataset=colleague-123&node=n1');
    const alert = page.getByRole('alert').filter({ hasText: 'does not keep' });
    await expect(alert.textContent()).resolves.toMatch(/“colleague-123”/);
    await expect(alert.getByRole('button', { name: 'Open the file…' }).count()).resolves.toBe(1);
    expect(new URL(page.url()).searchParams.get('dataset')).toBeNull();
  });
});
