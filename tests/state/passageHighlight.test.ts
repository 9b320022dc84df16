// The shown passage lights every node and edge citing it, only while the Sources pane shows it.
import { describe, expect, it } from 'vitest';
import { buildCitationIndex } from '../../src/model/citations';
import { EMPTY_HIGHLIGHT } from '../../src/model/highlight';
import { passageHighlight } from '../../src/state/passageHighlight';
import { DOCS, fixtureGraph } from '../fixtures/citations';

describe('passage highlight', () => {
  const graph = fixtureGraph();
  const index = buildCitationIndex(graph, DOCS);

  it('lights the nodes and edges citing the passage', () => {
    const h = passageHighlight(graph, index, {
      panel: 'sources',
      doc: 'fund-factsheet',
      passage: '¶1',
    });
    expect([...h.nodes].sort()).toEqual([
      'forum:cc-dialogue',
      'organization:fund',
      'project:cyber-capacity',
    ]);
    expect([...h.edges].sort()).toEqual([
      'forum:cc-dialogue->covers->area:cybercrime',
      'organization:fund->funds->forum:cc-dialogue',
      'project:cyber-capacity->advances->action:1.3-ii',
    ]);
  });

  it('is empty when another panel is open, or no passage is shown, or nothing cites it', () => {
    expect(
      passageHighlight(graph, index, { panel: 'details', doc: 'declaration', passage: '8' }),
    ).toBe(EMPTY_HIGHLIGHT);
    expect(
      passageHighlight(graph, index, { panel: 'sources', doc: 'declaration', passage: null }),
    ).toBe(EMPTY_HIGHLIGHT);
    expect(
      passageHighlight(graph, index, { panel: 'sources', doc: 'fund-factsheet', passage: '¶2' }),
    ).toBe(EMPTY_HIGHLIGHT);
  });
});
