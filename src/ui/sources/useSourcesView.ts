/**
 * What the Sources work adds to the graph view, derived from the view state: the highlight of
 * the passage shown, the nodes one document states (state.only) and the comparison colours of
 * two documents (state.compare), for the scene (state/scene.ts). The citation index is
 * built only once one of these is asked for, not on the way to the first paint.
 */
import { useMemo } from 'react';
import { compareDocuments, statedBy, type CompareSide } from '../../model/documentCompare';
import type { KnowledgeGraph } from '../../model/graph';
import type { Highlight } from '../../model/highlight';
import { EMPTY_HIGHLIGHT } from '../../model/highlight';
import { passageHighlight, showsPassage } from '../../state/passageHighlight';
import type { ViewState } from '../../state/viewState';
import { citationIndexFor } from '../../model/citationIndexFor';

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
  const { panel, doc, passage, only, compare } = state;
  const highlight = useMemo(() => {
    const shown = { panel, doc, passage };
    if (!showsPassage(shown)) return EMPTY_HIGHLIGHT;
    return passageHighlight(graph, citationIndexFor(graph, sources), shown);
  }, [graph, sources, panel, doc, passage]);
  const onlyNodes = useMemo(
    () => (only ? statedBy(graph, citationIndexFor(graph, sources), only).nodes : null),
    [graph, sources, only],
  );
  const [first, second] = compare ?? [null, null];
  const sides = useMemo(
    () =>
      first && second
        ? compareDocuments(graph, citationIndexFor(graph, sources), first, second).sides
        : null,
    [graph, sources, first, second],
  );
  return useMemo(() => ({ highlight, onlyNodes, compare: sides }), [highlight, onlyNodes, sides]);
}
