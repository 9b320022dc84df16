/** The words the answer panels use for kinds of evidence, strengths and query errors. */
import type { KnowledgeGraph } from './graph';
import { QueryError, type CoverageHow } from './queries';

/** How a node covers an area, in words for a badge. */
export const HOW_WORDS: Readonly<Record<CoverageHow, string>> = {
  direct: 'Direct',
  action: 'Through an action',
  project: 'Through a project or meeting',
  forum: 'Through a forum',
  declaration: 'Through a declaration',
};

/** "1 path", "3 paths". */
export function countOf(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** A node's label, or its key when it is not in the graph. */
export function labelOf(graph: KnowledgeGraph, key: string): string {
  return graph.hasNode(key) ? graph.getNodeAttribute(key, 'label') : key;
}

/** A short name for tight places (matrix headers): the shortest alias if shorter than the label. */
export function shortLabelOf(graph: KnowledgeGraph, key: string): string {
  const label = labelOf(graph, key);
  if (!graph.hasNode(key)) return label;
  const [alias] = [...graph.getNodeAttribute(key, 'aliases')].sort((a, b) => a.length - b.length);
  return alias && alias.length < label.length ? alias : label;
}

/** Turns a query error into a sentence for people. */
export function queryErrorWords(graph: KnowledgeGraph, error: unknown): string {
  if (!(error instanceof QueryError)) return 'Something went wrong answering this question.';
  if (error.code === 'unknown_node') return `There is no “${error.key}” in the graph.`;
  const wanted = error.expected.map((k) => (k === 'area' ? 'crime area' : k)).join(' or ');
  return `“${labelOf(graph, error.key)}” is not a ${wanted}.`;
}
