/** The embedded graph, built once; a broken dataset (dev server only) becomes a list of problems. */
import { useMemo } from 'react';
import { embeddedGraph, type EmbeddedGraph } from '../io/embeddedGraph';

export function useKnowledgeGraph(): EmbeddedGraph {
  return useMemo(() => embeddedGraph(), []);
}
