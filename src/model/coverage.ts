/**
 * Coverage: which forums (projects, organizations) cover a crime area, how, and the paths of
 * node keys that prove it.
 *
 * Semantics. A coverage path is a walk from an area to a node of the column kind that matches
 * one of the rules of coverageRules.ts (the one table of relations that count, and for which
 * "how"). Paths are simple (no node twice) and distinct by their sequence of nodes. A node's
 * coverage of an area gathers all its paths; its `how` is the most direct kind among them and its
 * `strength` is HOW_WEIGHT[how] (direct 3, action or project 2, forum or declaration 1), plus 1
 * when more than one path corroborates it, capped at MAX_STRENGTH (4). A path through an
 * inferred edge (one with an `inference`) is inferred; stated paths come before inferred ones,
 * and a coverage is stated when one of its paths is, its how and strength then read from the
 * stated paths alone. Results are ordered stated first, then most direct, strongest, by
 * shortest path, then by label.
 */
import { throughInferred, type KnowledgeGraph } from './graph';
import {
  COVERAGE_HOWS,
  COVERAGE_RULES,
  HOW_WEIGHT,
  MAX_STRENGTH,
  type CoverageHow,
  type CoverageRule,
} from './coverageRules';
import { QueryError } from './queryErrors';
import type { NodeKind } from './schema';
import { COVERAGE_KINDS, type CoverageKind } from './vocabulary';

/** One proof: the node keys from the area to the covering node, and the edges between them. */
export interface CoveragePath {
  how: CoverageHow;
  /** Node keys, from the area (first) to the covering node (last). */
  nodes: readonly string[];
  /** Edge keys, `edges[i]` joins `nodes[i]` and `nodes[i + 1]`. */
  edges: readonly string[];
  /** Some edge of the path is inferred, not stated by its quote. */
  inferred: boolean;
}

/** How one node covers one area. */
export interface Coverage {
  area: string;
  node: string;
  /** The most direct kind of evidence among the paths. */
  how: CoverageHow;
  /** 1…MAX_STRENGTH: see the module header. */
  strength: number;
  /** At least one path is stated from end to end (no inferred edge). */
  stated: boolean;
  /** Most direct and shortest first. */
  paths: readonly CoveragePath[];
}

const HOW_RANK = new Map<CoverageHow, number>(COVERAGE_HOWS.map((h, i) => [h, i]));
const rankOf = (how: CoverageHow): number => HOW_RANK.get(how) ?? COVERAGE_HOWS.length;

/** Throws a QueryError unless `key` is a node of one of `kinds`; returns its kind. */
export function requireNode(
  graph: KnowledgeGraph,
  fn: string,
  key: string,
  kinds: readonly NodeKind[],
): NodeKind {
  if (!graph.hasNode(key)) throw new QueryError(fn, 'unknown_node', key);
  const kind = graph.getNodeAttribute(key, 'kind');
  if (!kinds.includes(kind)) throw new QueryError(fn, 'wrong_kind', key, kinds);
  return kind;
}

/** `inner` is `outer` or one of its sub-paragraphs: "2.2" and "2.2(iii)" are within "2". */
function withinSection(inner: string, outer: string): boolean {
  return inner === outer || inner.startsWith(`${outer}.`) || inner.startsWith(`${outer}(`);
}

/** Whether two edges cite the same paragraph of a document, one within the other. */
function citeSameParagraph(graph: KnowledgeGraph, a: string, b: string): boolean {
  const as = graph.getEdgeAttribute(a, 'sources');
  const bs = graph.getEdgeAttribute(b, 'sources');
  return as.some((x) =>
    bs.some(
      (y) =>
        x.doc === y.doc &&
        (withinSection(x.section, y.section) || withinSection(y.section, x.section)),
    ),
  );
}

/** Every walk from `area` that matches `rule`. */
function walkRule(graph: KnowledgeGraph, area: string, rule: CoverageRule): CoveragePath[] {
  const found: CoveragePath[] = [];
  const visit = (nodes: string[], edges: string[]) => {
    const depth = edges.length;
    const current = nodes[nodes.length - 1];
    const step = rule.steps[depth];
    if (current === undefined) return;
    if (step === undefined) {
      found.push({ how: rule.how, nodes, edges, inferred: throughInferred(graph, edges) });
      return;
    }
    const previous = edges[edges.length - 1];
    const follow = (edge: string, relation: string, next: string) => {
      if (!(step.relations as readonly string[]).includes(relation)) return;
      if (nodes.includes(next)) return;
      if (!step.kinds.includes(graph.getNodeAttribute(next, 'kind'))) return;
      if (step.sameParagraph && !(previous && citeSameParagraph(graph, previous, edge))) return;
      visit([...nodes, next], [...edges, edge]);
    };
    if (step.dir === 'out')
      graph.forEachOutEdge(current, (edge, attr, _s, target) =>
        follow(edge, attr.relation, target),
      );
    else graph.forEachInEdge(current, (edge, attr, source) => follow(edge, attr.relation, source));
  };
  visit([area], []);
  return found;
}

function byEvidence(a: CoveragePath, b: CoveragePath): number {
  return (
    Number(a.inferred) - Number(b.inferred) ||
    rankOf(a.how) - rankOf(b.how) ||
    a.nodes.length - b.nodes.length
  );
}

function toCoverage(area: string, node: string, paths: CoveragePath[]): Coverage {
  const sorted = [...paths].sort(byEvidence);
  const stated = sorted.some((p) => !p.inferred);
  // A stated coverage is weighed on its stated paths; an inferred one on all of them.
  const counted = stated ? sorted.filter((p) => !p.inferred) : sorted;
  const how = counted[0]?.how ?? 'declaration';
  const strength = Math.min(MAX_STRENGTH, HOW_WEIGHT[how] + (counted.length > 1 ? 1 : 0));
  return { area, node, how, strength, stated, paths: sorted };
}

/** Orders coverages stated first, then most direct, strongest, shortest, and by label. */
export function compareCoverage(graph: KnowledgeGraph, key: 'node' | 'area') {
  return (a: Coverage, b: Coverage): number =>
    Number(b.stated) - Number(a.stated) ||
    rankOf(a.how) - rankOf(b.how) ||
    b.strength - a.strength ||
    (a.paths[0]?.nodes.length ?? 0) - (b.paths[0]?.nodes.length ?? 0) ||
    graph.getNodeAttribute(a[key], 'label').localeCompare(graph.getNodeAttribute(b[key], 'label'));
}

/** All coverage of one area by nodes of `kind`, unordered. Assumes `area` is an area. */
function collect(graph: KnowledgeGraph, area: string, kind: CoverageKind): Coverage[] {
  const byNode = new Map<string, Map<string, CoveragePath>>();
  for (const rule of COVERAGE_RULES[kind]) {
    for (const path of walkRule(graph, area, rule)) {
      const end = path.nodes[path.nodes.length - 1];
      if (end === undefined) continue;
      const paths = byNode.get(end) ?? new Map<string, CoveragePath>();
      const id = path.nodes.join('\u0000');
      const seen = paths.get(id);
      if (!seen || rankOf(path.how) < rankOf(seen.how)) paths.set(id, path);
      byNode.set(end, paths);
    }
  }
  return [...byNode].map(([node, paths]) => toCoverage(area, node, [...paths.values()]));
}

/**
 * Every node of `kind` (forums by default) that covers the crime area, with how and the paths
 * that prove it, most direct first. Throws QueryError `unknown_node` or `wrong_kind`.
 */
export function coverageOf(
  graph: KnowledgeGraph,
  areaKey: string,
  kind: CoverageKind = 'forum',
): Coverage[] {
  requireNode(graph, 'coverageOf', areaKey, ['area']);
  return collect(graph, areaKey, kind).sort(compareCoverage(graph, 'node'));
}

/** Every forum that covers the crime area, most direct first (see coverageOf). */
export function forumsCovering(graph: KnowledgeGraph, areaKey: string): Coverage[] {
  requireNode(graph, 'forumsCovering', areaKey, ['area']);
  return collect(graph, areaKey, 'forum').sort(compareCoverage(graph, 'node'));
}

/**
 * The reverse: every crime area a forum (or a project, or an organization) covers, most direct
 * first. Throws QueryError `unknown_node` or `wrong_kind`.
 */
export function areasCoveredBy(graph: KnowledgeGraph, key: string): Coverage[] {
  const kind = requireNode(graph, 'areasCoveredBy', key, COVERAGE_KINDS) as CoverageKind;
  return areaKeys(graph)
    .flatMap((area) => collect(graph, area, kind).filter((c) => c.node === key))
    .sort(compareCoverage(graph, 'area'));
}

/** How `key` covers `areaKey`, or null when it does not. Throws QueryError on bad keys. */
export function coverageBetween(
  graph: KnowledgeGraph,
  areaKey: string,
  key: string,
): Coverage | null {
  requireNode(graph, 'coverageBetween', areaKey, ['area']);
  const kind = requireNode(graph, 'coverageBetween', key, COVERAGE_KINDS) as CoverageKind;
  return collect(graph, areaKey, kind).find((c) => c.node === key) ?? null;
}

/** The crime areas, in the order of the graph (the declaration's numbering). */
export function areaKeys(graph: KnowledgeGraph): string[] {
  return graph.filterNodes((_k, a) => a.kind === 'area');
}

/** Row kinds of the coverage matrix: crime areas. */
export type MatrixRowKind = 'area';

export interface CoverageMatrix {
  rowKind: MatrixRowKind;
  columnKind: CoverageKind;
  /** Row keys (areas) and column keys (every node of the column kind), in graph order. */
  rows: readonly string[];
  columns: readonly string[];
  /** cells[row][column], present only where there is coverage. */
  cells: Readonly<Record<string, Readonly<Record<string, Coverage>>>>;
}

/** Crime areas × forums, projects or organizations: each cell's strength and its paths. */
export function coverageMatrix(
  graph: KnowledgeGraph,
  rowKind: MatrixRowKind,
  columnKind: CoverageKind,
): CoverageMatrix {
  const rows = graph.filterNodes((_k, a) => a.kind === rowKind);
  const columns = graph.filterNodes((_k, a) => a.kind === columnKind);
  const cells: Record<string, Record<string, Coverage>> = {};
  for (const row of rows) {
    cells[row] = Object.fromEntries(collect(graph, row, columnKind).map((c) => [c.node, c]));
  }
  return { rowKind, columnKind, rows, columns, cells };
}

/** The cell of the matrix, or null when the row's area is not covered by the column's node. */
export function matrixCell(matrix: CoverageMatrix, row: string, column: string): Coverage | null {
  return matrix.cells[row]?.[column] ?? null;
}
