// Names of what cites a passage: node labels, edges in words, the "Cited by" label, the focus target.
import { describe, expect, it } from 'vitest';
import {
  citedByLabel,
  citingName,
  focusTarget,
  plural,
  shorten,
} from '../../src/model/citingNames';
import { fixtureGraph } from '../fixtures/citations';

describe('citing names', () => {
  const graph = fixtureGraph();

  it('names a node by its label and an edge as a sentence', () => {
    expect(citingName(graph, 'forum:border', 'node')).toBe('Border forum');
    expect(citingName(graph, 'organization:fund->funds->forum:cc-dialogue', 'edge')).toBe(
      'The Fund funds Cybercrime Dialogue',
    );
    expect(citingName(graph, 'gone', 'node')).toBe('gone');
  });

  it('lists at most four names after the count', () => {
    expect(citedByLabel(['A', 'B'])).toBe('Cited by 2: A, B');
    expect(citedByLabel(['A', 'B', 'C', 'D', 'E'])).toBe('Cited by 5: A, B, C, D, …');
  });

  it('focuses the first citing node, else the source of the first citing edge', () => {
    const edge = { key: 'organization:fund->funds->forum:cc-dialogue', kind: 'edge' as const };
    expect(focusTarget(graph, [edge, { key: 'forum:border', kind: 'node' }])).toBe('forum:border');
    expect(focusTarget(graph, [edge])).toBe('organization:fund');
    expect(focusTarget(graph, [])).toBeNull();
  });

  it('shortens at a word and counts in words', () => {
    expect(shorten('Enhancing international cooperation on cybercrime', 30)).toBe(
      'Enhancing international…',
    );
    expect(shorten('short', 30)).toBe('short');
    expect(plural(1, 'link')).toBe('1 link');
    expect(plural(3, 'link')).toBe('3 links');
  });
});
