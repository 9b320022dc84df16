/**
 * The whole graph as two tables, the text alternative to the canvas: one row per node and one
 * per link, with the columns people sort and filter by (name, kind, relation, document, date,
 * stated or inferred). Building, filtering and sorting the rows are pure functions here; the
 * Table panel draws them.
 */
import type { KnowledgeGraph } from './graph';
import { relationLabel } from './relationPhrases';
import type { NodeKind, Relation } from './vocabulary';

export interface NodeRow {
  key: string;
  name: string;
  kind: NodeKind;
  /** The node's date, or the start of its span; '' when it has none. */
  date: string;
  /** The documents its sources cite, each once, in citation order. */
  documents: string[];
  /** True unless the node is inferred (has an `inference`). */
  stated: boolean;
}

export interface LinkRow {
  key: string;
  source: string;
  sourceName: string;
  sourceKind: NodeKind;
  target: string;
  targetName: string;
  targetKind: NodeKind;
  relation: Relation;
  /** The relation's short words ("held in", "adopted in"), with the place a source names ("held in (Vientiane)"). */
  relationText: string;
  documents: string[];
  stated: boolean;
}

const docsOf = (sources: readonly { doc: string }[]) => [...new Set(sources.map((s) => s.doc))];

/** One row per node, in the graph's order. */
export function nodeRows(graph: KnowledgeGraph): NodeRow[] {
  return graph.mapNodes((key, a) => ({
    key,
    name: a.label,
    kind: a.kind,
    date: a.date ?? a.start ?? '',
    documents: docsOf(a.sources),
    stated: a.inference === undefined,
  }));
}

/** One row per link, in the graph's order. */
export function linkRows(graph: KnowledgeGraph): LinkRow[] {
  return graph.mapEdges((key, e, source, target, s, t) => ({
    key,
    source,
    sourceName: s.label,
    sourceKind: s.kind,
    target,
    targetName: t.label,
    targetKind: t.kind,
    relation: e.relation,
    relationText: e.place
      ? `${relationLabel(e.relation, s.kind)} (${e.place})`
      : relationLabel(e.relation, s.kind),
    documents: docsOf(e.sources),
    stated: e.inference === undefined,
  }));
}

/** What the view already hides: the legend's kinds and, when stated only, inferred facts. */
export interface ViewFilter {
  hidden: readonly NodeKind[];
  statedOnly: boolean;
}

/** The table's own filters; null (or 'all') lets everything through. */
export interface TableFilter {
  kind: NodeKind | null;
  relation: Relation | null;
  doc: string | null;
  stated: 'all' | 'stated' | 'inferred';
  /** Keys the search matched, or null when nothing is searched. */
  matches: ReadonlySet<string> | null;
  /** Only these nodes (the focused node's neighbourhood), or null for all. */
  within: ReadonlySet<string> | null;
}

export const NO_TABLE_FILTER: TableFilter = {
  kind: null,
  relation: null,
  doc: null,
  stated: 'all',
  matches: null,
  within: null,
};

const statedPasses = (stated: boolean, f: TableFilter['stated']) =>
  f === 'all' || (f === 'stated') === stated;

/** Whether the view shows a node: its kind not hidden, and stated when stated only. */
function viewShowsNode(row: Pick<NodeRow, 'kind' | 'stated'>, view: ViewFilter): boolean {
  return !view.hidden.includes(row.kind) && (!view.statedOnly || row.stated);
}

/** The node rows the view and the filters let through (a relation filter keeps nodes it joins). */
export function filterNodeRows(
  rows: readonly NodeRow[],
  view: ViewFilter,
  filter: TableFilter,
  /** Keys of the nodes at an end of a link of the filtered relation (for `filter.relation`). */
  joinedByRelation: ReadonlySet<string> | null = null,
): NodeRow[] {
  return rows.filter(
    (r) =>
      viewShowsNode(r, view) &&
      (filter.kind === null || r.kind === filter.kind) &&
      (filter.doc === null || r.documents.includes(filter.doc)) &&
      statedPasses(r.stated, filter.stated) &&
      (filter.matches === null || filter.matches.has(r.key)) &&
      (filter.within === null || filter.within.has(r.key)) &&
      (filter.relation === null || joinedByRelation === null || joinedByRelation.has(r.key)),
  );
}

/**
 * The link rows the view and the filters let through: both ends shown by the view; a kind or a
 * search matches either end; within a neighbourhood, both ends are in it.
 */
export function filterLinkRows(
  rows: readonly LinkRow[],
  view: ViewFilter,
  filter: TableFilter,
  nodeStated: (key: string) => boolean,
): LinkRow[] {
  const either = (r: LinkRow, test: (key: string, kind: NodeKind) => boolean) =>
    test(r.source, r.sourceKind) || test(r.target, r.targetKind);
  return rows.filter(
    (r) =>
      viewShowsNode({ kind: r.sourceKind, stated: nodeStated(r.source) }, view) &&
      viewShowsNode({ kind: r.targetKind, stated: nodeStated(r.target) }, view) &&
      (!view.statedOnly || r.stated) &&
      (filter.kind === null || either(r, (_k, kind) => kind === filter.kind)) &&
      (filter.relation === null || r.relation === filter.relation) &&
      (filter.doc === null || r.documents.includes(filter.doc)) &&
      statedPasses(r.stated, filter.stated) &&
      (filter.matches === null || either(r, (k) => filter.matches?.has(k) === true)) &&
      (filter.within === null || (filter.within.has(r.source) && filter.within.has(r.target))),
  );
}

/** The nodes at either end of a link of `relation`. */
export function nodesJoinedBy(rows: readonly LinkRow[], relation: Relation): Set<string> {
  const keys = new Set<string>();
  for (const r of rows)
    if (r.relation === relation) {
      keys.add(r.source);
      keys.add(r.target);
    }
  return keys;
}

/** A node and the nodes within `hops` links of it, either direction. */
export function neighbourhoodOf(graph: KnowledgeGraph, key: string, hops: number): Set<string> {
  const seen = new Set([key]);
  let ring = [key];
  for (let h = 0; h < hops; h++) {
    const next: string[] = [];
    for (const k of ring)
      graph.forEachNeighbor(k, (n) => {
        if (!seen.has(n)) {
          seen.add(n);
          next.push(n);
        }
      });
    ring = next;
  }
  return seen;
}

export const NODE_COLUMNS = ['name', 'kind', 'date', 'document', 'stated'] as const;
export type NodeColumn = (typeof NODE_COLUMNS)[number];
export const LINK_COLUMNS = ['from', 'relation', 'to', 'document', 'stated'] as const;
export type LinkColumn = (typeof LINK_COLUMNS)[number];

export interface Sort<C extends string> {
  column: C;
  descending: boolean;
}

const compareText = (a: string, b: string) =>
  a.localeCompare(b, 'en', { sensitivity: 'base', numeric: true });

/** The text a row is sorted by in a column. Undated nodes sort last going up. */
const NODE_SORT_TEXT: Record<NodeColumn, (r: NodeRow) => string> = {
  name: (r) => r.name,
  kind: (r) => r.kind,
  date: (r) => r.date || '\uffff',
  document: (r) => r.documents.join(' '),
  stated: (r) => (r.stated ? 'stated' : 'inferred'),
};

const LINK_SORT_TEXT: Record<LinkColumn, (r: LinkRow) => string> = {
  from: (r) => r.sourceName,
  relation: (r) => r.relationText,
  to: (r) => r.targetName,
  document: (r) => r.documents.join(' '),
  stated: (r) => (r.stated ? 'stated' : 'inferred'),
};

/** Sorted by the column, ties by name (or by the link's ends), so the order is always the same. */
function sortBy<R, C extends string>(
  rows: readonly R[],
  sort: Sort<C>,
  text: Record<C, (r: R) => string>,
  ties: readonly ((r: R) => string)[],
): R[] {
  const sign = sort.descending ? -1 : 1;
  const by = text[sort.column];
  return [...rows].sort((a, b) => {
    const first = compareText(by(a), by(b));
    if (first !== 0) return first * sign;
    for (const tie of ties) {
      const t = compareText(tie(a), tie(b));
      if (t !== 0) return t;
    }
    return 0;
  });
}

export function sortNodeRows(rows: readonly NodeRow[], sort: Sort<NodeColumn>): NodeRow[] {
  return sortBy(rows, sort, NODE_SORT_TEXT, [(r) => r.name, (r) => r.key]);
}

export function sortLinkRows(rows: readonly LinkRow[], sort: Sort<LinkColumn>): LinkRow[] {
  return sortBy(rows, sort, LINK_SORT_TEXT, [
    (r) => r.sourceName,
    (r) => r.relationText,
    (r) => r.targetName,
    (r) => r.key,
  ]);
}

/** The next sort when a column's header is pressed: that column ascending, or flipped. */
export function nextSort<C extends string>(sort: Sort<C>, column: C): Sort<C> {
  return sort.column === column
    ? { column, descending: !sort.descending }
    : { column, descending: false };
}

/** The documents the rows cite, sorted, each once (the document filter's choices). */
export function documentsCited(rows: readonly { documents: readonly string[] }[]): string[] {
  return [...new Set(rows.flatMap((r) => r.documents))].sort(compareText);
}
