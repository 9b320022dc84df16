/**
 * What the Sources work adds to the graph view, derived from the view state: the highlight of
 * the passage shown, the nodes one document states (state.only) and the comparison colours of
 * two documents (state.compare). The shell passes these to GraphView.
 */
import { useMemo } from 'react';
import { compareDocuments, statedBy, type CompareSide } from '../../model/documentCompare';
import type { KnowledgeGraph } from '../../model/graph';
import type { Highlight } from '../../state/highlight';
import { passageHighlight } from '../../state/passageHighlight';
import type { ViewState } from '../../state/viewState';
import { useCitationIndex } from './useCitationIndex';

export interface SourcesView {
  highlight: Highlight;
  onlyNodes: ReadonlySet<string> | null;
  compare: ReadonlyMap<string, CompareSide> | null;
}

export function useSourcesView(
  graph: KnowledgeGraph,
  sources: Readonly<Record<string, string>>,
  state: ViewState,
): SourcesView {
  const index = useCitationIndex(graph, sources);
  const { panel, doc, passage, only, compare } = state;
  const highlight = useMemo(
    () => passageHighlight(graph, index, { panel, doc, passage }),
    [graph, index, panel, doc, passage],
  );
  const onlyNodes = useMemo(
    () => (only ? statedBy(graph, index, only).nodes : null),
    [graph, index, only],
  );
  const [first, second] = compare ?? [null, null];
  const sides = useMemo(
    () => (first && second ? compareDocuments(graph, index, first, second).sides : null),
    [graph, index, first, second],
  );
  return { highlight, onlyNodes, compare: sides };
}
