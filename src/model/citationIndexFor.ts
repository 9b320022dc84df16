/**
 * The citation index of a graph and its documents, built once per graph and shared by the shell
 * (which lights what a passage states) and the Sources pane (which draws the highlights).
 */
import { buildCitationIndex, type CitationIndex } from './citations';
import type { KnowledgeGraph } from './graph';

const cache = new WeakMap<
  KnowledgeGraph,
  { sources: Readonly<Record<string, string>>; index: CitationIndex }
>();

/** The index of `graph` against `sources`; rebuilt only when either changes. */
export function citationIndexFor(
  graph: KnowledgeGraph,
  sources: Readonly<Record<string, string>>,
): CitationIndex {
  const hit = cache.get(graph);
  if (hit && hit.sources === sources) return hit.index;
  const index = buildCitationIndex(graph, sources);
  cache.set(graph, { sources, index });
  return index;
}
