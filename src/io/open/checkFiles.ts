/**
 * Opening files, from their bytes to a checked dataset, as the dataset worker runs it (and the
 * tests and the CLI, under Node): which format each file is, reading foreign files into tables
 * for the column-mapping step (`inspectFiles`), and checking them into a dataset by a mapping
 * (`checkFiles`). Pure: no DOM, so it runs in a Web Worker.
 */
import { loadGraph } from '../../model/loadGraph';
import { decodeFileText } from '../decodeFileText';
import { readBundle, setAsideOf } from './bundleFile';
import {
  applyMapping,
  guessMapping,
  REQUIRED_EDGE_ROLES,
  REQUIRED_NODE_ROLES,
  type ColumnMapping,
} from './columnMapping';
import { readCsvTable } from './csvTables';
import { fromLoadProblem, openProblem, type OpenProblem } from './openProblem';
import type { SerializedDataset } from './openedDataset';
import { baseName, type Tables } from './tables';
import { readXmlTables } from './xmlTables';

export interface OpenFile {
  name: string;
  bytes: Uint8Array;
}

export type FileFormat = 'bundle' | 'gexf' | 'graphml' | 'csv';

/** A file's format by its extension; null for one the explorer does not open. */
export function formatOf(name: string): FileFormat | null {
  const ext = /\.([^.]+)$/.exec(name.toLowerCase())?.[1];
  if (ext === 'json') return 'bundle';
  if (ext === 'gexf') return 'gexf';
  if (ext === 'graphml' || ext === 'xml') return 'graphml';
  if (ext === 'csv') return 'csv';
  return null;
}

export type Progress = (stage: string, fraction: number) => void;

/** A summary of the tables for the mapping dialog (a few values per column, not every row). */
export interface TablesSummary {
  nodeColumns: string[];
  edgeColumns: string[];
  nodeCount: number;
  edgeCount: number;
  /** Distinct values of each column, at most MAX_VALUES of them. */
  nodeValues: Record<string, string[]>;
  edgeValues: Record<string, string[]>;
  hasPositions: boolean;
}

export type Inspection =
  | { ok: true; format: 'bundle' }
  | {
      ok: true;
      format: Exclude<FileFormat, 'bundle'>;
      summary: TablesSummary;
      mapping: ColumnMapping;
    }
  | { ok: false; problems: OpenProblem[] };

export type CheckResult =
  | { ok: true; dataset: SerializedDataset; notices: string[] }
  | { ok: false; problems: OpenProblem[] };

/** The most distinct values of one column the mapping dialog offers to map. */
export const MAX_VALUES = 60;

type Texts =
  | { ok: true; files: { name: string; text: string; format: FileFormat }[] }
  | { ok: false; problems: OpenProblem[] };

function decodeAll(files: readonly OpenFile[]): Texts {
  const problems: OpenProblem[] = [];
  const out: { name: string; text: string; format: FileFormat }[] = [];
  if (files.length === 0) problems.push(openProblem('no_file', {}, 'no file was given'));
  for (const f of files) {
    const format = formatOf(f.name);
    if (format === null) {
      problems.push(
        openProblem(
          'unknown_format',
          { file: f.name },
          `expected a .json bundle, .gexf, .graphml or .csv file`,
        ),
      );
      continue;
    }
    const decoded = decodeFileText(f.bytes);
    if (!decoded.ok) problems.push(openProblem('not_text', { file: f.name }, decoded.message));
    else out.push({ name: f.name, text: decoded.text, format });
  }
  const formats = new Set(out.map((f) => f.format));
  if (problems.length === 0 && formats.size > 1)
    problems.push(
      openProblem(
        'mixed_files',
        {},
        'open one dataset at a time: one bundle, GEXF or GraphML file, or a nodes and an edges CSV',
      ),
    );
  if (problems.length === 0 && !formats.has('csv') && out.length > 1)
    problems.push(
      openProblem('mixed_files', {}, 'open one file at a time (only CSV comes as two files)'),
    );
  if (problems.length === 0 && out.length > 2)
    problems.push(
      openProblem('mixed_files', {}, 'open at most two CSV files: a nodes file and an edges file'),
    );
  return problems.length > 0 ? { ok: false, problems } : { ok: true, files: out };
}

/** Whether a CSV header is an edge list's: it has a source and a target column. */
function isEdgeHeader(columns: readonly string[]): boolean {
  const mapping = guessMapping({
    nodes: [],
    edges: [],
    nodeColumns: [],
    edgeColumns: [...columns],
    positions: null,
    name: '',
  });
  return mapping.edge.source !== null && mapping.edge.target !== null;
}

type TablesResult = { ok: true; tables: Tables } | { ok: false; problems: OpenProblem[] };

function csvTables(files: readonly { name: string; text: string }[]): TablesResult {
  const read = files.map((f) => ({ f, table: readCsvTable(f.name, f.text) }));
  const problems = read.flatMap((r) => (r.table.ok ? [] : r.table.problems));
  if (problems.length > 0) return { ok: false, problems };
  const tables = read.flatMap((r) => (r.table.ok ? [{ name: r.f.name, ...r.table }] : []));
  // The edges file: the one named so, else the one with source and target columns.
  const named = tables.find((t) => /edge|link|relation/i.test(baseName(t.name)));
  const edges =
    tables.length < 2 ? undefined : (named ?? tables.find((t) => isEdgeHeader(t.columns)));
  const nodes = tables.find((t) => t !== edges);
  if (!nodes)
    return {
      ok: false,
      problems: [openProblem('mixed_files', {}, 'expected a nodes file beside the edges file')],
    };
  return {
    ok: true,
    tables: {
      nodes: nodes.rows,
      edges: edges?.rows ?? [],
      nodeColumns: nodes.columns,
      edgeColumns: edges?.columns ?? [],
      positions: null,
      name: baseName(nodes.name),
    },
  };
}

function readTables(
  files: readonly { name: string; text: string; format: FileFormat }[],
): TablesResult {
  const [first] = files;
  if (!first) return { ok: false, problems: [openProblem('no_file', {}, 'no file was given')] };
  if (first.format === 'csv') return csvTables(files);
  if (first.format === 'bundle') return { ok: false, problems: [] };
  return readXmlTables(first.name, first.text, first.format);
}

function distinct(rows: Tables['nodes'], columns: readonly string[]): Record<string, string[]> {
  const out: Record<string, Set<string>> = {};
  for (const c of columns) out[c] = new Set();
  for (const r of rows)
    for (const c of columns) {
      const set = out[c];
      const v = (r.values[c] ?? '').trim();
      if (set && v !== '' && set.size < MAX_VALUES) set.add(v);
    }
  return Object.fromEntries(Object.entries(out).map(([c, s]) => [c, [...s]]));
}

/** Reads the files far enough to offer a mapping (foreign formats) or to say they are a bundle. */
export function inspectFiles(files: readonly OpenFile[]): Inspection {
  const texts = decodeAll(files);
  if (!texts.ok) return texts;
  const [first] = texts.files;
  if (!first || first.format === 'bundle') return { ok: true, format: 'bundle' };
  const read = readTables(texts.files);
  if (!read.ok) return read;
  const { tables } = read;
  return {
    ok: true,
    format: first.format,
    mapping: guessMapping(tables),
    summary: {
      nodeColumns: tables.nodeColumns,
      edgeColumns: tables.edgeColumns,
      nodeCount: tables.nodes.length,
      edgeCount: tables.edges.length,
      nodeValues: distinct(tables.nodes, tables.nodeColumns),
      edgeValues: distinct(tables.edges, tables.edgeColumns),
      hasPositions: tables.positions !== null,
    },
  };
}

/** A short stable id from the files' names and text (FNV-1a, 32 bits, base 36). */
export function datasetId(name: string, texts: readonly string[]): string {
  let h = 0x811c9dc5;
  for (const t of texts)
    for (let i = 0; i < t.length; i += 1) {
      h ^= t.charCodeAt(i);
      h = Math.imul(h, 0x01000193) >>> 0;
    }
  const slug =
    name
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 40) || 'dataset';
  return `${slug}-${h.toString(36)}`;
}

function mappingProblems(tables: Tables, mapping: ColumnMapping): OpenProblem[] {
  const missing = [
    ...REQUIRED_NODE_ROLES.filter((r) => mapping.node[r] === null).map((r) => `the node ${r}`),
    ...(tables.edges.length > 0
      ? REQUIRED_EDGE_ROLES.filter((r) => mapping.edge[r] === null).map((r) => `the edge ${r}`)
      : []),
  ];
  return missing.map((m) =>
    openProblem('unmapped_column', { file: tables.name }, `choose the column of ${m}`),
  );
}

/** Checks the files into a dataset: a bundle as it is, a foreign file by the mapping. */
export function checkFiles(
  files: readonly OpenFile[],
  mapping: ColumnMapping | null,
  progress: Progress = () => {},
): CheckResult {
  progress('Reading the file', 0.1);
  const texts = decodeAll(files);
  if (!texts.ok) return texts;
  const [first] = texts.files;
  if (!first) return { ok: false, problems: [openProblem('no_file', {}, 'no file was given')] };
  const id = (name: string) =>
    datasetId(
      name,
      texts.files.map((f) => f.text),
    );
  if (first.format === 'bundle') {
    progress('Checking the graph and its stories', 0.4);
    const bundle = readBundle(first.name, first.text);
    progress('Checked', 1);
    return bundle.ok
      ? { ok: true, dataset: { id: id(bundle.dataset.name), ...bundle.dataset }, notices: [] }
      : bundle;
  }
  progress('Parsing', 0.25);
  const read = readTables(texts.files);
  if (!read.ok) return read;
  const { tables } = read;
  const chosen = mapping ?? guessMapping(tables);
  const unmapped = mappingProblems(tables, chosen);
  if (unmapped.length > 0) return { ok: false, problems: unmapped };
  progress('Mapping the columns', 0.5);
  const mapped = applyMapping(tables, chosen);
  progress(`Checking ${tables.nodes.length} nodes and ${tables.edges.length} edges`, 0.7);
  const loaded = loadGraph(mapped.graph, {}, { open: true });
  progress('Checked', 1);
  if (!loaded.ok)
    return { ok: false, problems: loaded.problems.map((p) => fromLoadProblem(p, mapped.where)) };
  return {
    ok: true,
    dataset: {
      id: id(tables.name),
      name: tables.name,
      graph: loaded.graph.export(),
      sources: {},
      stories: [],
      positions: tables.positions,
      ...setAsideOf(loaded.setAside, mapped.where),
    },
    notices: [],
  };
}
