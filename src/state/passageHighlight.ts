/**
 * The highlight of the passage the Sources pane shows: every node and edge that cites the
 * section in state.passage of document state.doc. Active only while the Sources pane is open
 * at a passage, so reading a document lights the part of the graph it produces.
 */
import { keysCitingSection, type CitationIndex } from '../model/citations';
import type { KnowledgeGraph } from '../model/graph';
import { EMPTY_HIGHLIGHT, type Highlight } from '../model/highlight';
import type { ViewState } from './viewState';

type PassageState = Pick<ViewState, 'panel' | 'doc' | 'passage'>;

/** True while the Sources pane shows a passage (only then is there anything to light). */
export function showsPassage(state: PassageState): state is PassageState & {
  doc: string;
  passage: string;
} {
  return state.panel === 'sources' && !!state.doc && !!state.passage;
}

/** The nodes and edges citing the shown passage, or the empty highlight. */
export function passageHighlight(
  graph: KnowledgeGraph,
  index: CitationIndex,
  state: PassageState,
): Highlight {
  if (!showsPassage(state)) return EMPTY_HIGHLIGHT;
  const { nodes, edges } = keysCitingSection(index, state.doc, state.passage);
  for (const k of nodes) if (!graph.hasNode(k)) nodes.delete(k);
  for (const k of edges) if (!graph.hasEdge(k)) edges.delete(k);
  if (nodes.size === 0 && edges.size === 0) return EMPTY_HIGHLIGHT;
  return { nodes, edges };
}
