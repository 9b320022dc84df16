// @vitest-environment jsdom
// Every citation of the real data is drawn: rendering each document of data/sources/ in the
// Sources pane, each cited quote's section holds a mark that names the citing node or link.
import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { EMBEDDED_GRAPH, EMBEDDED_SOURCES } from '../../../src/io/embedded';
import { buildCitationIndex } from '../../../src/model/citations';
import { loadGraph } from '../../../src/model/loadGraph';
import { DEFAULT_VIEW_STATE } from '../../../src/state/viewState';
import { SourcesPanel } from '../../../src/ui/panels/SourcesPanel';
import { NO_ANSWERS } from '../../../src/state/answers';

const loaded = loadGraph(EMBEDDED_GRAPH, EMBEDDED_SOURCES);
if (!loaded.ok) throw new Error('the embedded data does not load');
const graph = loaded.graph;
const index = buildCitationIndex(graph, EMBEDDED_SOURCES);

describe.each(index.documents.map((d) => d.id))('document %s', (doc) => {
  it('has a mark naming every node and link that cites it, in the cited section', () => {
    const { container } = render(
      <SourcesPanel
        graph={graph}
        sources={EMBEDDED_SOURCES}
        state={{ ...DEFAULT_VIEW_STATE, panel: 'sources', doc }}
        answers={NO_ANSWERS}
        act={() => undefined}
      />,
    );
    const missing: string[] = [];
    let checked = 0;
    for (const [section, citations] of index.bySection.get(doc) ?? []) {
      const el = container.querySelector(`[data-section="${CSS.escape(section)}"]`);
      const keys = new Set(
        [...(el?.querySelectorAll('mark.cite') ?? [])].flatMap((m) =>
          (m.getAttribute('data-keys') ?? '').split(' '),
        ),
      );
      for (const c of citations) {
        checked++;
        if (!keys.has(c.key)) missing.push(`${c.key} § ${section}: “${c.quote}”`);
      }
    }
    expect(missing).toEqual([]);
    expect(checked).toBeGreaterThan(0);
  });
});
