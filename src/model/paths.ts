/**
 * The shortest paths between any two nodes, read in either direction of the edges (a briefer
 * asks "how is Cybercrime linked to the G8 24/7 Network?", not which way each edge points), and
 * their explanation in words from the relation phrases of relationPhrases.ts.
 *
 * Distances come from graphology-shortest-path (`undirectedSingleSourceLength` from both ends);
 * a node lies on a shortest path exactly when its two distances add up to the path's length,
 * which lets us list every shortest path, not only the first one found. When there are many, the
 * ones through the least connected nodes come first: they say the most.
 */
import { undirectedSingleSourceLength } from 'graphology-shortest-path/unweighted';
import { throughInferred, type KnowledgeGraph } from './graph';
import { requireNode } from './coverage';
import { relationPhrase } from './relationPhrases';
import { NODE_KINDS, type Relation } from './vocabulary';

/** One edge of a path as it is walked: from `from` to `to`, read with `phrase`. */
export interface PathStep {
  from: string;
  to: string;
  edge: string;
  relation: Relation;
  /** True when the walk follows the edge from its source to its target. */
  forward: boolean;
  phrase: string;
}

export interface ExplainedPath {
  nodes: readonly string[];
  edges: readonly string[];
  steps: readonly PathStep[];
  /** "Cybercrime has the line of action 8.1(ii), which is pursued through the G8 24/7 Network." */
  sentence: string;
  /** Some edge of the path is inferred (has an `inference`), not stated by its quote. */
  inferred: boolean;
}

export interface PathsResult {
  from: string;
  to: string;
  /** Number of edges of each shortest path; null when the two are not connected. */
  length: number | null;
  /** The shortest paths, most specific first, at most `limit`. */
  paths: readonly ExplainedPath[];
  /** How many shortest paths there are in all (up to the enumeration cap). */
  total: number;
}

/** Enumeration stops here; the graph is small, but hubs can multiply paths. */
const ENUMERATION_CAP = 500;

/** The steps of a walk along `nodes`, choosing for each pair the edge between them. */
export function stepsOf(graph: KnowledgeGraph, nodes: readonly string[]): PathStep[] {
  const steps: PathStep[] = [];
  for (let i = 0; i + 1 < nodes.length; i++) {
    const from = nodes[i];
    const to = nodes[i + 1];
    if (from === undefined || to === undefined) continue;
    const forwardEdge = graph.edge(from, to);
    const edge = forwardEdge ?? graph.edge(to, from);
    if (edge === undefined) continue;
    const relation = graph.getEdgeAttribute(edge, 'relation');
    const forward = forwardEdge !== undefined;
    const sourceKind = graph.getNodeAttribute(graph.source(edge), 'kind');
    const phrase = relationPhrase(relation, forward, sourceKind);
    steps.push({ from, to, edge, relation, forward, phrase });
  }
  return steps;
}

/** Labels longer than this read better by a short alias inside a sentence. */
const LONG_LABEL = 60;

/**
 * A node's name inside a sentence: an action by its number ("8.1(ii)", its label is the whole
 * paragraph), a long-named node by its first alias ("2014 Joint Declaration"), else its label.
 */
export function nameInSentence(graph: KnowledgeGraph, key: string): string {
  const { kind, label, aliases } = graph.getNodeAttributes(key);
  const numbered = kind === 'action' ? /^\d+(\.\d+)*\([ivx]+\)/.exec(label) : null;
  if (numbered) return numbered[0];
  const [alias] = aliases;
  return label.length > LONG_LABEL && alias ? alias : label;
}

/** Explains a walk in one sentence: "A phrase B, which phrase C." */
export function explainSteps(graph: KnowledgeGraph, steps: readonly PathStep[]): string {
  const label = (k: string) => nameInSentence(graph, k);
  const [first] = steps;
  if (!first) return '';
  const parts = steps.map((s, i) => `${i === 0 ? '' : 'which '}${s.phrase} ${label(s.to)}`);
  return `${label(first.from)} ${parts.join(', ')}.`;
}

/** A node path with its steps and sentence. */
export function explainPath(graph: KnowledgeGraph, nodes: readonly string[]): ExplainedPath {
  const steps = stepsOf(graph, nodes);
  const edges = steps.map((s) => s.edge);
  return {
    nodes,
    edges,
    steps,
    sentence: explainSteps(graph, steps),
    inferred: throughInferred(graph, edges),
  };
}

/** Added to an inferred path's weight so that every stated path ranks above it. */
const INFERRED_PENALTY = 1e9;

/**
 * The shortest paths between two nodes, ignoring edge direction, each explained in words;
 * stated paths before those through an inferred link.
 * Throws QueryError `unknown_node` when either key is not in the graph.
 */
export function pathsBetween(
  graph: KnowledgeGraph,
  fromKey: string,
  toKey: string,
  limit = 10,
): PathsResult {
  requireNode(graph, 'pathsBetween', fromKey, NODE_KINDS);
  requireNode(graph, 'pathsBetween', toKey, NODE_KINDS);
  const fromDist = undirectedSingleSourceLength(graph, fromKey);
  const length = fromDist[toKey];
  if (length === undefined) return { from: fromKey, to: toKey, length: null, paths: [], total: 0 };
  const toDist = undirectedSingleSourceLength(graph, toKey);
  const onShortest = (node: string, depth: number) =>
    fromDist[node] === depth && toDist[node] === length - depth;

  const found: string[][] = [];
  const extend = (path: string[]) => {
    if (found.length >= ENUMERATION_CAP) return;
    const last = path[path.length - 1];
    if (last === undefined) return;
    if (last === toKey) {
      found.push(path);
      return;
    }
    const next = new Set(graph.neighbors(last).filter((n) => onShortest(n, path.length)));
    for (const n of next) extend([...path, n]);
  };
  extend([fromKey]);

  // Stated paths first; then fewer connections on the way = a more specific, more telling path.
  const inferred = (path: string[]) =>
    throughInferred(
      graph,
      stepsOf(graph, path).map((s) => s.edge),
    );
  const weight = (path: string[]) =>
    (inferred(path) ? INFERRED_PENALTY : 0) +
    path.slice(1, -1).reduce((sum, n) => sum + graph.degree(n), 0);
  const label = (path: string[]) =>
    path.map((n) => graph.getNodeAttribute(n, 'label')).join('\u0000');
  const ranked = found
    .map((p) => ({ p, w: weight(p), l: label(p) }))
    .sort((a, b) => a.w - b.w || a.l.localeCompare(b.l))
    .map(({ p }) => p);
  return {
    from: fromKey,
    to: toKey,
    length,
    paths: ranked.slice(0, limit).map((p) => explainPath(graph, p)),
    total: found.length,
  };
}
