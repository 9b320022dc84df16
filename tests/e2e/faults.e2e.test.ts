// Faults stay where they happen: when a panel's code or the graph's own code cannot be loaded
// (a stale deploy, a dropped connection), that part shows a message and a Reload button, the
// rest of the explorer keeps working, and nothing goes blank or stays busy for ever. The schemas
// trip no content security policy rule, and the build ships no source maps. A stories file that is
// Latin-1, bad JSON or binary is read with a notice or refused with its place.
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openApp, sessionPerTest } from './browser';

describe('faults', () => {
  const s = sessionPerTest({ width: 1280, height: 720 });

  it('shows a message in a panel whose code does not arrive, the rest still working', async () => {
    await s.page.route(/CoveragePanel-[^/]*\.js$/, (route) => route.abort());
    await openApp(s);
    await s.page.getByRole('tab', { name: 'Coverage' }).click();
    const alert = s.page.getByRole('alert');
    await expect.poll(() => alert.innerText()).toMatch(/The Coverage panel could not be shown/);
    await expect(s.page.getByRole('button', { name: 'Reload' }).count()).resolves.toBe(1);
    // The header, the graph and the other panels are still there.
    await expect(s.page.getByRole('combobox', { name: 'Search' }).isVisible()).resolves.toBe(true);
    await expect(s.page.locator('[aria-label="Graph"]').getAttribute('aria-busy')).resolves.toBe(
      'false',
    );
    await s.page.getByRole('tab', { name: 'Details' }).click();
    await expect(s.page.getByRole('alert').count()).resolves.toBe(0);
    await expect(
      s.page.getByRole('heading', { name: 'Explore the map' }).isVisible(),
    ).resolves.toBe(true);
  });

  it('says so in the graph area when the graph’s code does not arrive, and is not busy', async () => {
    await s.page.route(/graphAdapter-[^/]*\.js$/, (route) => route.abort());
    await openApp(s);
    await expect
      .poll(() => s.page.getByRole('alert').innerText())
      .toMatch(/The graph could not be shown: its code could not be loaded/);
    await s.page.getByRole('combobox', { name: 'Search' }).fill('recap');
    await expect
      .poll(() => s.page.getByRole('option').count(), { timeout: 5000 })
      .toBeGreaterThan(0);
  });

  it('trips no content security policy rule while the schemas load (zod runs jitless)', async () => {
    await s.page.addInitScript(() => {
      const w = window as unknown as { __violations: string[] };
      w.__violations = [];
      document.addEventListener('securitypolicyviolation', (e) =>
        w.__violations.push(`${e.violatedDirective} ${e.blockedURI}`),
      );
    });
    await openApp(s, '?panel=stories');
    await s.page.getByRole('heading', { name: 'Built-in stories' }).waitFor();
    const violations = await s.page.evaluate(
      () => (window as unknown as { __violations: string[] }).__violations,
    );
    expect(violations).toEqual([]);
  });

  it('ships no source maps', () => {
    const assets = resolve(process.env.E2E_DIST ?? 'dist', 'assets');
    expect(readdirSync(assets).filter((f) => f.endsWith('.map'))).toEqual([]);
  });

  it('opens from an address whose path has a doubled slash, and keeps writing the address', async () => {
    // `//` once became the address `//?…`, which the browser reads as another host: the first
    // write of the address threw and the page went blank.
    const errors: string[] = [];
    s.page.on('pageerror', (e) => errors.push(e.message));
    await s.page.goto(`${s.baseUrl.replace(/\/$/, '')}//?node=area:cybercrime`);
    await s.page.locator('[aria-label="Graph"][aria-busy="false"]').waitFor();
    await expect(
      s.page.getByRole('heading', { level: 2, name: 'Cybercrime', exact: true }).count(),
    ).resolves.toBe(1);
    expect(errors).toEqual([]);
    expect(new URL(s.page.url()).searchParams.get('node')).toBe('area:cybercrime');
  });

  it('takes names of the object prototype for what they are: no document', async () => {
    await openApp(s, '?only=toString&compare=constructor,toString&panel=sources&doc=constructor');
    const notice = s.page.getByRole('status').filter({ hasText: 'Ignored' });
    await notice.waitFor();
    await expect(notice.textContent()).resolves.toMatch(/only/);
    // Nothing was filtered away: the whole graph is shown, and the Sources pane has its documents.
    const shown = await s.page.evaluate(() => {
      const c = document.querySelector('[aria-label="Graph"]') as
        (Element & { _cyreg?: { cy?: { nodes(sel: string): { length: number } } } }) | null;
      return c?._cyreg?.cy?.nodes(':visible').length ?? 0;
    });
    expect(shown).toBeGreaterThan(50);
    await expect(s.page.getByText('No source documents are loaded.').count()).resolves.toBe(0);
    const url = new URL(s.page.url()).searchParams;
    expect([url.get('only'), url.get('compare'), url.get('doc')]).toEqual([null, null, null]);
  });

  it('keeps a notice of a very long bad value short, its dismiss button on screen', async () => {
    const many = Array.from({ length: 300 }, (_, i) => `p${i}=x`).join('&');
    await openApp(s, `?node=${'9'.repeat(3000)}&${many}`);
    const notice = s.page.getByRole('status').filter({ hasText: 'Ignored' });
    await notice.waitFor();
    const box = await notice.boundingBox();
    const dismiss = await s.page.getByRole('button', { name: 'Dismiss notice' }).boundingBox();
    expect(box?.height).toBeLessThan(200);
    expect((dismiss?.x ?? Infinity) + (dismiss?.width ?? 0)).toBeLessThanOrEqual(1280);
    await s.page.getByRole('button', { name: 'Dismiss notice' }).click();
    await expect(notice.count()).resolves.toBe(0);
  });
  it('imports a Latin-1 stories file saying how it was read, and places bad JSON by line', async () => {
    const { page } = s;
    await openApp(s, '?panel=stories');
    await page.getByText('None yet.', { exact: false }).waitFor();
    const step = { title: 'Café', caption: 'Où.', focus: ['area:cybercrime'] };
    const text = JSON.stringify({
      version: 1,
      stories: [{ id: 'cafe', title: 'Café', steps: [step] }],
    });
    const input = page.getByLabel('Stories file to import');
    // é and Ù as an old editor saves them: one byte each, not UTF-8.
    await input.setInputFiles({
      name: 'latin1.json',
      mimeType: 'application/json',
      buffer: Buffer.from(text, 'latin1'),
    });
    await page.getByText('Imported 1 story.').waitFor();
    await expect(
      page.getByRole('status').filter({ hasText: 'read as Latin-1 (Windows-1252)' }).count(),
    ).resolves.toBe(1);
    await expect(page.getByRole('button', { name: 'Play Café' }).count()).resolves.toBe(1);

    await input.setInputFiles({
      name: 'bad.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{\n  "version": NaN\n}'),
    });
    await expect
      .poll(() => page.getByRole('alert').textContent())
      .toContain('the file is not valid JSON: NaN is not valid JSON at line 2, column 14');
    await expect(page.getByText('read as Latin-1', { exact: false }).count()).resolves.toBe(0);

    await input.setInputFiles({
      name: 'picture.png',
      mimeType: 'image/png',
      buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]),
    });
    await expect
      .poll(() => page.getByRole('alert').textContent())
      .toContain('this is a binary file, not a text file');
  });
});
