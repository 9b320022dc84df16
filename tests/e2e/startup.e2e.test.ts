// What a plain start loads: the schema library (zod) is for reading files and stored stories, so
// a first visit draws the graph without fetching it, and a visit with saved stories fetches it to
// read them (and plays the story the link names).
import { describe, expect, it } from 'vitest';
import { openApp, sessionPerTest, type Session } from './browser';

/** The text of every script the page has fetched so far. */
async function loadedScripts(s: Session): Promise<string[]> {
  const urls = await s.page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .map((e) => e.name)
      .filter((name) => name.endsWith('.js')),
  );
  expect(urls.length).toBeGreaterThan(0);
  return Promise.all(urls.map(async (url) => (await s.page.request.get(url)).text()));
}

const hasZod = (scripts: string[]) => scripts.some((text) => text.includes('ZodError'));

describe('start-up', () => {
  const s = sessionPerTest();

  it('draws the graph without fetching the schema library', async () => {
    await openApp(s);
    expect(hasZod(await loadedScripts(s))).toBe(false);
  });

  it('reads saved stories with it, then plays the one the link names', async () => {
    await openApp(s);
    const story = {
      id: 'mine',
      title: 'Mine',
      steps: [{ title: 'Cyber', caption: '', focus: ['area:cybercrime'] }],
    };
    await s.page.evaluate(
      (text) => localStorage.setItem('ajx.stories.v1', text),
      JSON.stringify({ version: 1, stories: [story] }),
    );
    await openApp(s, '?story=mine&step=1');
    const details = s.page.getByRole('region', { name: 'Details' });
    await expect
      .poll(() => details.getByRole('heading', { level: 2 }).first().textContent())
      .toBe('Cybercrime');
    expect(hasZod(await loadedScripts(s))).toBe(true);
    await expect(s.page.getByText('There is no story').count()).resolves.toBe(0);
  });
});
