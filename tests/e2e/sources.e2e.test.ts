// The documents beside the graph, linked both ways, in a real browser: from a node to the sentence
// that states it, from a sentence to its nodes, and the comparison of two documents.
import { describe, expect, it } from 'vitest';
import { openApp, sessionPerTest, screenshot } from './browser';
import { litNodes } from './litNodes';

const params = (url: string) => new URL(url).searchParams;

describe('sources pane', () => {
  const s = sessionPerTest();

  it('opens the document at the passage that states a node (show in source)', async () => {
    await openApp(s, '?node=area:cybercrime');
    const details = s.page.getByRole('region', { name: 'Details' });
    await details.getByRole('heading', { name: 'Cybercrime' }).waitFor();
    await details
      .getByRole('button', { name: /^Show in source/ })
      .first()
      .click();

    const pane = s.page.locator('.sources-pane');
    await pane.waitFor();
    await expect(pane.getByRole('combobox', { name: 'Document' }).inputValue()).resolves.toBe(
      'joint-declaration-2014',
    );
    const q = params(s.page.url());
    expect(q.get('panel')).toBe('sources');
    expect(q.get('doc')).toBe('joint-declaration-2014');
    const passage = q.get('passage');
    expect(passage).toBeTruthy();
    // The passage is current, in view, and one of its marks names Cybercrime.
    const current = pane.locator('.source-section[aria-current="location"]');
    await expect(current.getAttribute('data-section')).resolves.toBe(passage);
    await expect(current.isVisible()).resolves.toBe(true);
    const inView = await current.evaluate((el) => {
      const r = el.getBoundingClientRect();
      return r.top >= 0 && r.bottom <= window.innerHeight;
    });
    expect(inView).toBe(true);
    await expect(s.page.evaluate(() => document.scrollingElement?.scrollTop)).resolves.toBe(0);
    await current
      .getByRole('button', { name: /Cited by .*Cybercrime/ })
      .first()
      .waitFor();
    await expect(current.evaluate((el) => el.classList.contains('flash'))).resolves.toBe(true);
    await screenshot(s.page, 'sources-show-in-source');
  });

  it('opens the passage that states a link (show in source of a connection)', async () => {
    await openApp(s, '?node=forum:g8-24-7-network');
    const details = s.page.getByRole('region', { name: 'Details' });
    const why = details.locator('details.details-why').first();
    await why.locator('summary').click();
    const show = why.getByRole('button', { name: /^Show in source: § / }).first();
    const name = (await show.getAttribute('aria-label')) ?? '';
    await show.click();
    const q = params(s.page.url());
    expect(q.get('panel')).toBe('sources');
    expect(name).toContain(`§ ${q.get('passage') ?? '?'} `);
    const current = s.page.locator('.source-section[aria-current="location"]');
    await expect(current.getAttribute('data-section')).resolves.toBe(q.get('passage'));
    // The passage states the link: one of its marks is cited by an edge of the G8 24/7 Network.
    const marks = await current
      .locator('mark.cite')
      .evaluateAll((ms) => ms.map((m) => m.getAttribute('data-keys') ?? ''));
    expect(marks.some((k) => k.includes('->') && k.includes('forum:g8-24-7-network'))).toBe(true);
    await screenshot(s.page, 'sources-show-link-in-source');
  });

  it('focuses the nodes that cite a clicked passage', async () => {
    await openApp(s, '?panel=sources&doc=joint-declaration-2014&passage=8.1(ii)');
    const pane = s.page.locator('.sources-pane');
    const section = pane.locator('.source-section[data-section="8.1(ii)"]');
    const mark = section.locator('mark.cite').first();
    await mark.waitFor();
    const keys = ((await mark.getAttribute('data-keys')) ?? '').split(' ');
    await mark.click();
    const node = params(s.page.url()).get('node');
    expect(node).toBeTruthy();
    expect(keys).toContain(node);
    // The graph lights what the passage states.
    expect(await litNodes(s.page)).toBeGreaterThan(0);
    // The box under the passage lists what cites it, and leads to the node's details.
    const citers = pane.getByRole('group', { name: 'What cites § 8.1(ii)' });
    await citers.waitFor();
    await screenshot(s.page, 'sources-passage-clicked');
    const focused = (await citers.locator('button[aria-current="true"]').textContent()) ?? '';
    expect(focused.length).toBeGreaterThan(0);
    await citers.getByRole('button', { name: /^Details of / }).click();
    const details = s.page.getByRole('region', { name: 'Details' });
    const heading = (await details.getByRole('heading').first().textContent()) ?? '';
    expect(heading.startsWith(focused.replace(/…$/, ''))).toBe(true);
    expect(params(s.page.url()).get('node')).toBe(node);
    expect(params(s.page.url()).get('panel')).toBeNull();
  });

  it('reaches a node the keyboard way and selects text to search for it', async () => {
    await openApp(s, '?panel=sources&node=forum:ajcc-dialogue');
    const pane = s.page.locator('.sources-pane');
    const heading = pane.getByRole('heading', { name: /^Passages citing / });
    await heading.waitFor();
    const link = pane.locator('.node-citations .citation-link').first();
    await link.focus();
    await s.page.keyboard.press('Enter');
    expect(params(s.page.url()).get('passage')).toBeTruthy();
    // Select a word of the text: the floating button puts it in the Search box.
    const para = pane.locator('.source-section[aria-current="location"] .source-para');
    const box = await para.boundingBox();
    if (!box) throw new Error('no paragraph box');
    // The last line of the passage is in view (the passage is scrolled to the middle).
    const y = box.y + box.height - 8;
    await s.page.mouse.move(box.x + 2, y);
    await s.page.mouse.down();
    await s.page.mouse.move(box.x + 120, y);
    await s.page.mouse.up();
    const offer = pane.getByRole('button', { name: /^Search for / });
    await offer.waitFor();
    await offer.click();
    const search = s.page.getByRole('combobox', { name: 'Search' });
    const value = await search.inputValue();
    expect(value.length).toBeGreaterThan(1);
    await expect(search.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    await screenshot(s.page, 'sources-selection-search');
  });

  it('brings the text to the sentence of a node focused elsewhere', async () => {
    // Reading the fact sheet, pick a crime area from the comparison: the text moves to its sentence.
    await openApp(
      s,
      '?panel=sources&doc=jaif-factsheet-2022&compare=joint-declaration-2014,jaif-factsheet-2022',
    );
    const result = s.page.getByRole('region', { name: 'Comparison' });
    await result
      .getByRole('list', { name: /^Crime areas: Only in / })
      .first()
      .getByRole('button', { name: 'Sea Piracy' })
      .click();
    await s.page.waitForFunction(() => new URL(location.href).searchParams.has('passage'));
    const q = params(s.page.url());
    expect(q.get('node')).toBe('area:sea-piracy');
    expect(q.get('doc')).toBe('joint-declaration-2014');
    const current = s.page.locator('.source-section[aria-current="location"]');
    await expect(current.getAttribute('data-section')).resolves.toBe(q.get('passage'));
    await current.locator('mark.cite--focused').first().waitFor();
    // Only the pane scrolled: the page (and its header) stayed put.
    await expect(s.page.evaluate(() => document.scrollingElement?.scrollTop)).resolves.toBe(0);
    await screenshot(s.page, 'sources-follow-node');

    // A node found with the header search: the pane stays open and follows it too.
    const search = s.page.getByRole('combobox', { name: 'Search', exact: true });
    await search.fill('recap');
    await search.press('Enter');
    await s.page.waitForFunction(
      () => new URL(location.href).searchParams.get('node') !== 'area:sea-piracy',
    );
    const after = params(s.page.url());
    expect(after.get('node')).toBe('declaration:recaap');
    expect(after.get('panel')).toBe('sources');
    await current.locator('mark.cite--focused').first().waitFor();
  });

  it('shows only what one document states', async () => {
    await openApp(s, '?panel=sources&doc=jaif-factsheet-2022');
    const only = s.page.getByRole('button', { name: 'Show only what this document states' });
    await only.click();
    await expect(only.getAttribute('aria-pressed')).resolves.toBe('true');
    expect(params(s.page.url()).get('only')).toBe('jaif-factsheet-2022');
    await screenshot(s.page, 'sources-only-jaif');
  });

  it('compares the 2014 declaration with the JAIF fact sheet', async () => {
    await openApp(s, '?panel=sources&compare=joint-declaration-2014,jaif-factsheet-2022');
    const result = s.page.getByRole('region', { name: 'Comparison' });
    await result.waitFor();
    const onlyJaif = result.getByRole('list', {
      name: /^Projects: Only in JAIF/,
    });
    const projects = await onlyJaif.getByRole('button').allTextContents();
    expect(projects.length).toBeGreaterThan(2);
    const onlyDecl = result.getByRole('list', {
      name: /^Actions: Only in .*Joint Declaration/,
    });
    await expect(onlyDecl.getByRole('button').count()).resolves.toBeGreaterThan(10);
    const both = result.getByRole('list', { name: /^Forums & channels: In both/ });
    await expect(both.getByRole('button').allTextContents()).resolves.toEqual(
      expect.arrayContaining([expect.stringMatching(/Cybercrime/)]),
    );
    await screenshot(s.page, 'sources-compare');
  });
});
