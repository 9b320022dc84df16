/**
 * The column-mapping step of a foreign file: which column is each node's key, label, kind, date,
 * description and quote (with its document and section), and each edge's source, target and
 * relation; and which of the app's kinds and relations each of the file's values stands for.
 *
 * Kinds: the explorer's kinds stay one fixed vocabulary (model/vocabulary.ts), so every view,
 * answer and style keeps working; the person maps each kind value of the file onto one of them
 * (guessed from common words, e.g. "Topic" → area, "Body" → organization, "Treaty" →
 * declaration; a value matching no word becomes `organization`). Relations likewise: a value that
 * is one of the app's relations is kept, any other becomes `mentions` unless mapped.
 * A quote whose row names no document cites the file itself (its name), section `line N`, so the
 * data-quality report lists it as a quote not found rather than the file being refused.
 */
import { NODE_KINDS, RELATIONS, type NodeKind, type Relation } from '../../model/vocabulary';
import type { LoadProblem } from '../../model/loadProblems';
import type { OpenPlace } from './openProblem';
import type { TableRow, Tables } from './tables';

export const NODE_ROLES = [
  'key',
  'label',
  'kind',
  'date',
  'description',
  'quote',
  'doc',
  'section',
] as const;
export type NodeRole = (typeof NODE_ROLES)[number];
export const EDGE_ROLES = [
  'key',
  'source',
  'target',
  'relation',
  'quote',
  'doc',
  'section',
] as const;
export type EdgeRole = (typeof EDGE_ROLES)[number];

export interface ColumnMapping {
  /** Role → column name; null when the file has no such column. */
  node: Record<NodeRole, string | null>;
  edge: Record<EdgeRole, string | null>;
  /** Each kind value of the file → the app's kind. */
  kinds: Record<string, NodeKind>;
  /** Each relation value of the file → the app's relation. */
  relations: Record<string, Relation>;
}

const NODE_GUESSES: Record<NodeRole, readonly string[]> = {
  key: ['key', 'id', 'node', 'identifier'],
  label: ['label', 'name', 'title'],
  kind: ['kind', 'type', 'category', 'class', 'group'],
  date: ['date', 'year', 'start'],
  description: ['description', 'desc', 'notes', 'note'],
  quote: ['quote', 'excerpt', 'citation'],
  doc: ['doc', 'document', 'source'],
  section: ['section', 'paragraph', 'para'],
};
const EDGE_GUESSES: Record<EdgeRole, readonly string[]> = {
  key: ['key', 'id'],
  source: ['source', 'from', 'src', 'start'],
  target: ['target', 'to', 'dst', 'end'],
  relation: ['relation', 'rel', 'link', 'kind', 'type', 'label'],
  quote: ['quote', 'excerpt', 'citation'],
  doc: ['doc', 'document'],
  section: ['section', 'paragraph', 'para'],
};

/** Words of a file's kind values and the app's kind each suggests. */
const KIND_WORDS: readonly [RegExp, NodeKind][] = [
  [/topic|issue|crime|theme|area|subject/, 'area'],
  [/treaty|agreement|convention|statement|plan|document|law|declaration|charter/, 'declaration'],
  [/meeting|conference|summit|event|workshop/, 'event'],
  [/country|nation|state|place|city|location/, 'country'],
  [/project|programme|program|initiative/, 'project'],
  [/forum|dialogue|network|mechanism|committee|channel/, 'forum'],
  [/action|measure|activity|step/, 'action'],
];

export const DEFAULT_KIND: NodeKind = 'organization';
export const DEFAULT_RELATION: Relation = 'mentions';

/** The app's kind a file's kind value suggests. */
export function guessKind(value: string): NodeKind {
  const v = value.trim().toLowerCase();
  const exact = NODE_KINDS.find((k) => k === v);
  if (exact) return exact;
  return KIND_WORDS.find(([words]) => words.test(v))?.[1] ?? DEFAULT_KIND;
}

/** The app's relation a file's relation value names, else `mentions`. */
export function guessRelation(value: string): Relation {
  const v = value
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');
  return RELATIONS.find((r) => r === v) ?? DEFAULT_RELATION;
}

function guessColumns<R extends string>(
  columns: readonly string[],
  guesses: Record<R, readonly string[]>,
  roles: readonly R[],
): Record<R, string | null> {
  const taken = new Set<string>();
  const out = {} as Record<R, string | null>;
  for (const role of roles) {
    const found =
      guesses[role]
        .map((g) => columns.find((c) => c.trim().toLowerCase() === g && !taken.has(c)))
        .find((c) => c !== undefined) ?? null;
    if (found !== null) taken.add(found);
    out[role] = found;
  }
  return out;
}

/** The distinct non-blank values of a column, in first-seen order. */
export function valuesOf(rows: readonly TableRow[], column: string | null): string[] {
  if (column === null) return [];
  const seen = new Set<string>();
  for (const r of rows) {
    const v = (r.values[column] ?? '').trim();
    if (v !== '') seen.add(v);
  }
  return [...seen];
}

/** Value maps for the values of the mapped kind and relation columns, keeping choices made. */
export function withValueMaps(tables: Tables, mapping: ColumnMapping): ColumnMapping {
  const kinds: Record<string, NodeKind> = {};
  for (const v of valuesOf(tables.nodes, mapping.node.kind))
    kinds[v] = mapping.kinds[v] ?? guessKind(v);
  const relations: Record<string, Relation> = {};
  for (const v of valuesOf(tables.edges, mapping.edge.relation))
    relations[v] = mapping.relations[v] ?? guessRelation(v);
  return { ...mapping, kinds, relations };
}

/** The mapping guessed from the column names and values. */
export function guessMapping(tables: Tables): ColumnMapping {
  const node = guessColumns(tables.nodeColumns, NODE_GUESSES, NODE_ROLES);
  const edgeColumns = tables.edgeColumns;
  const edge = guessColumns(edgeColumns, EDGE_GUESSES, EDGE_ROLES);
  // A node file's `source` column names a document; an edge file's names the edge's start.
  return withValueMaps(tables, { node, edge, kinds: {}, relations: {} });
}

/** The node and edge roles that must name a column. */
export const REQUIRED_NODE_ROLES: readonly NodeRole[] = ['key', 'label'];
export const REQUIRED_EDGE_ROLES: readonly EdgeRole[] = ['source', 'target'];

export interface MappedGraph {
  /** graphology's serialised form, to be checked by loadGraph in its open mode. */
  graph: {
    options: { type: 'directed' };
    attributes: Record<string, never>;
    nodes: { key: string; attributes: Record<string, unknown> }[];
    edges: { key: string; source: string; target: string; attributes: Record<string, unknown> }[];
  };
  /** Where a loadGraph problem sits in the file: its row's place and the column of its field. */
  where: (p: LoadProblem) => OpenPlace;
}

function cell(row: TableRow, column: string | null): string {
  return column === null ? '' : (row.values[column] ?? '').trim();
}

function sourcesOf(
  row: TableRow,
  roles: { quote: string | null; doc: string | null; section: string | null },
  fileName: string,
): { doc: string; section: string; quote: string }[] {
  const quote = cell(row, roles.quote);
  if (quote === '') return [];
  return [
    {
      doc: cell(row, roles.doc) || fileName,
      section: cell(row, roles.section) || `line ${row.place.line ?? '?'}`,
      quote,
    },
  ];
}

/** The tables as a graph in the app's attributes, by the mapping. */
export function applyMapping(tables: Tables, mapping: ColumnMapping): MappedGraph {
  const { node: n, edge: e } = mapping;
  const nodeRows = new Map<string, TableRow>();
  const edgeRows = new Map<string, TableRow>();
  const nodes = tables.nodes.map((row, i) => {
    const key = cell(row, n.key) || `row-${i + 1}`;
    if (!nodeRows.has(key)) nodeRows.set(key, row);
    const kindValue = cell(row, n.kind);
    const attributes: Record<string, unknown> = {
      kind: kindValue === '' ? DEFAULT_KIND : (mapping.kinds[kindValue] ?? guessKind(kindValue)),
      label: cell(row, n.label),
      sources: sourcesOf(row, n, tables.name),
    };
    const date = cell(row, n.date);
    if (date !== '') attributes.date = date;
    const description = cell(row, n.description);
    if (description !== '') attributes.description = description;
    return { key, attributes };
  });
  const used = new Map<string, number>();
  const edges = tables.edges.map((row) => {
    const source = cell(row, e.source);
    const target = cell(row, e.target);
    const value = cell(row, e.relation);
    const relation =
      value === '' ? DEFAULT_RELATION : (mapping.relations[value] ?? guessRelation(value));
    const base = cell(row, e.key) || `${source}->${relation}->${target}`;
    const n = used.get(base) ?? 0;
    used.set(base, n + 1);
    const key = n === 0 ? base : `${base}#${n + 1}`;
    edgeRows.set(key, row);
    return {
      key,
      source,
      target,
      attributes: { relation, sources: sourcesOf(row, e, tables.name) },
    };
  });
  const nodeColumn: Record<string, string | null> = {
    kind: n.kind,
    label: n.label,
    date: n.date,
    description: n.description,
  };
  const edgeColumn: Record<string, string | null> = {
    relation: e.relation,
    source: e.source,
    target: e.target,
  };
  return {
    graph: { options: { type: 'directed' }, attributes: {}, nodes, edges },
    where: (p) => {
      const row =
        p.place.node !== undefined
          ? nodeRows.get(p.place.node)
          : p.place.edge !== undefined
            ? edgeRows.get(p.place.edge)
            : undefined;
      const columns = p.place.node !== undefined ? nodeColumn : edgeColumn;
      const column = p.place.field !== undefined ? columns[p.place.field] : undefined;
      return {
        ...row?.place,
        ...(column ? { field: `${p.place.field} (column "${column}")` } : {}),
      };
    },
  };
}
