/** The search index of a graph, built once per graph (shared by every combobox on the page). */
import { useMemo } from 'react';
import type { KnowledgeGraph } from '../../model/graph';
import { searchIndexFor, type SearchIndex } from '../../search/searchIndex';

export function useSearchIndex(graph: KnowledgeGraph): SearchIndex {
  return useMemo(() => searchIndexFor(graph), [graph]);
}
