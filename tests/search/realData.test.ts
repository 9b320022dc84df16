// Search ranking on the embedded dataset: the misspellings and acronyms people actually type.
import { beforeAll, describe, expect, it } from 'vitest';
import { EMBEDDED_GRAPH, EMBEDDED_SOURCES } from '../../src/io/embedded';
import { loadGraph } from '../../src/model/loadGraph';
import { buildSearchIndex, type SearchIndex } from '../../src/search/searchIndex';

let index: SearchIndex;
const top = (q: string, n = 1) => index.search(q, { limit: n }).map((h) => h.key);

beforeAll(() => {
  const loaded = loadGraph(EMBEDDED_GRAPH, EMBEDDED_SOURCES);
  if (!loaded.ok) throw new Error(`embedded data: ${loaded.problems[0]?.message ?? ''}`);
  index = buildSearchIndex(loaded.graph);
});

describe('search on the embedded dataset', () => {
  it('"recap" finds ReCAAP first', () => {
    expect(top('recap')).toEqual(['declaration:recaap']);
  });

  it('"cyber crime" finds the Cybercrime area first', () => {
    expect(top('cyber crime')).toEqual(['area:cybercrime']);
  });

  it('acronyms typed in full come first: ammtc, somtc, jaif, ajcc', () => {
    expect(top('ammtc')).toEqual(['forum:ammtc']);
    expect(top('somtc')).toEqual(['forum:somtc']);
    expect(top('AMMTC', 5)).toContain('forum:ammtc-japan');
    expect(top('somtc', 5)).toContain('forum:somtc-japan');
    expect(top('jaif')).toEqual(['organization:jaif']);
    expect(top('ajcc')).toEqual(['forum:ajcc-dialogue']);
  });

  it('forgives misspelt words: trafiking, terorism, money laundring', () => {
    expect(top('trafiking')).toEqual(['area:trafficking-in-persons']);
    expect(top('trafiking', 3)).toContain('area:illicit-drug-trafficking');
    expect(top('terorism')).toEqual(['area:terrorism']);
    expect(top('money laundring')).toEqual(['area:money-laundering']);
  });

  it('finds a crime area by its alias', () => {
    expect(top('human trafficking')).toEqual(['area:trafficking-in-persons']);
    expect(top('piracy')).toEqual(['area:sea-piracy']);
  });
});
