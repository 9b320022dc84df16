/**
 * What an answer needs a dataset to have: the coverage answers ask about crime areas and the
 * forums, projects or organizations that cover them. An opened dataset may have none of a kind
 * (a colleague's graph mapped onto other kinds); the panels then say what it lacks instead of
 * answering with nothing.
 */
import type { KnowledgeGraph } from './graph';
import { COVERAGE_KINDS, type NodeKind } from './vocabulary';

/** Each need is met by a node of at least one of its kinds. */
export type KindNeed = readonly NodeKind[];

/** What the coverage and matrix answers need. */
export const COVERAGE_NEEDS: readonly KindNeed[] = [['area'], COVERAGE_KINDS];

/** The needs `graph` does not meet, in the order given. */
export function unmetNeeds(graph: KnowledgeGraph, needs: readonly KindNeed[]): KindNeed[] {
  const present = new Set<NodeKind>();
  graph.forEachNode((_key, a) => present.add(a.kind));
  return needs.filter((need) => !need.some((k) => present.has(k)));
}
