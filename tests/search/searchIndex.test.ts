// Search ranking on a small fixture: typos, spacing, acronyms, kinds and marked text.
import { describe, expect, it } from 'vitest';
import { buildSearchIndex, searchIndexFor, type SearchHit } from '../../src/search/searchIndex';
import { groupHitsByKind } from '../../src/search/groupHits';
import { fixtureGraph } from './fixture';

const index = buildSearchIndex(fixtureGraph());
const keys = (hits: SearchHit[]) => hits.map((h) => h.key);
const marked = (t: { text: string; ranges: readonly (readonly [number, number])[] }) =>
  t.ranges.map(([s, e]) => t.text.slice(s, e + 1));

describe('search index', () => {
  it('forgives a typo in an acronym: "recap" finds ReCAAP first', () => {
    expect(keys(index.search('recap'))[0]).toBe('declaration:recaap');
  });

  it('ignores spacing and case: "cyber crime" and "CYBER-CRIME" find Cybercrime first', () => {
    expect(keys(index.search('cyber crime'))[0]).toBe('area:cybercrime');
    expect(keys(index.search('CYBER-CRIME'))[0]).toBe('area:cybercrime');
  });

  it('puts the node whose acronym is typed in full before names that merely contain it', () => {
    const hits = keys(index.search('ammtc'));
    expect(hits[0]).toBe('forum:ammtc');
    expect(hits).toContain('forum:ammtc-japan');
    expect(keys(index.search('somtc'))).toContain('forum:somtc-japan');
  });

  it('forgives a missing letter: "trafiking" finds Trafficking in Persons', () => {
    const hits = keys(index.search('trafiking'));
    expect(hits[0]).toBe('area:trafficking-in-persons');
    expect(hits).toContain('area:illicit-drug-trafficking');
  });

  it('ranks a word that starts with the query before the query inside a word', () => {
    const hits = keys(index.search('crime'));
    expect(hits.indexOf('forum:ammtc')).toBeGreaterThanOrEqual(0);
    expect(hits.indexOf('forum:ammtc')).toBeLessThan(hits.indexOf('forum:ajcc-dialogue'));
  });

  it('still finds typos when exact matches do not fill the list', () => {
    expect(keys(index.search('cybercrme'))[0]).toBe('area:cybercrime');
  });

  it('marks the matched text of the label, or says which alias matched', () => {
    const [cyber] = index.search('cybercrime', { kinds: ['area'] });
    expect(cyber && marked(cyber.label)).toEqual(['Cybercrime']);
    const [jaif] = index.search('jaif');
    expect(jaif?.key).toBe('organization:jaif');
    expect(jaif?.via?.field).toBe('alias');
    expect(jaif?.via && marked(jaif.via.text)).toEqual(['JAIF']);
  });

  it('shows a description excerpt when only the description matched', () => {
    const hit = index.search('senior officials').find((h) => h.key === 'forum:somtc-japan');
    expect(hit?.via?.field).toBe('description');
    expect(hit?.via && marked(hit.via.text).join(' ')).toMatch(/Senior Officials/);
  });

  it('filters by kind and limits the number of hits', () => {
    expect(index.search('a', { kinds: ['forum'] }).every((h) => h.kind === 'forum')).toBe(true);
    expect(index.search('trafficking', { limit: 1 })).toHaveLength(1);
  });

  it('returns nothing for an empty or punctuation-only query', () => {
    expect(index.search('')).toEqual([]);
    expect(index.search(' - ')).toEqual([]);
  });

  it('builds the index once per graph', () => {
    const g = fixtureGraph();
    expect(searchIndexFor(g)).toBe(searchIndexFor(g));
    expect(searchIndexFor(g).size).toBe(g.order);
  });

  it('groups hits by kind, the best hit first', () => {
    const groups = groupHitsByKind(index.search('ammtc'));
    expect(groups[0]?.kind).toBe('forum');
    expect(groups[0]?.hits[0]?.key).toBe('forum:ammtc');
  });
});
