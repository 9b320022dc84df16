/**
 * Every foreign format (GEXF, GraphML, CSV) is first read into the same two tables, one row per
 * node and per edge, each value as text and each row with its place in the file. The column
 * mapping (columnMapping.ts) then says which column is the key, label, kind, source, target…
 * GEXF and GraphML rows carry the element's id, source and target as the columns `id`, `source`
 * and `target`.
 */
import type { NodePositions } from '../../model/datasetBundle';
import type { OpenPlace } from './openProblem';

export interface TableRow {
  values: Readonly<Record<string, string>>;
  /** The file and line the row comes from. */
  place: OpenPlace;
}

export interface Tables {
  nodes: TableRow[];
  edges: TableRow[];
  /** Column names in file order. */
  nodeColumns: string[];
  edgeColumns: string[];
  /** Positions the file gives (GEXF viz:position, x/y attributes), by the node's id. */
  positions: NodePositions | null;
  /** The file's name without its extension: default document of quotes that name none. */
  name: string;
}

/** Columns of rows in order of first appearance. */
export function columnsOf(rows: readonly { values: Readonly<Record<string, string>> }[]): string[] {
  const seen = new Set<string>();
  for (const r of rows) for (const c of Object.keys(r.values)) seen.add(c);
  return [...seen];
}

/** A value as text: numbers and booleans as written, objects and arrays as JSON. */
export function asText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
}

/** The file's name without folder and extension. */
export function baseName(fileName: string): string {
  return fileName.replace(/^.*[/\\]/, '').replace(/\.[^.]*$/, '') || fileName;
}
