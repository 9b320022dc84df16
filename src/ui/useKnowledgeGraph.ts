/** Loads and validates the embedded dataset once; a broken dataset becomes a list of problems. */
import { useMemo } from 'react';
import { EMBEDDED_GRAPH, EMBEDDED_SOURCES } from '../io/embedded';
import { loadGraph, type LoadResult } from '../model/loadGraph';

export function useKnowledgeGraph(): LoadResult {
  return useMemo(() => loadGraph(EMBEDDED_GRAPH, EMBEDDED_SOURCES), []);
}
