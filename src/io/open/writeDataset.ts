/**
 * Writes a dataset in each format it opens from. The JSON bundle keeps everything (graph,
 * sources, stories, positions). GEXF (graphology-gexf, so the map opens in Gephi), GraphML
 * (written here: graphology-graphml only parses) and CSV (a nodes and an edges file, the CSV
 * writer of io/csv.ts) carry each node's key, kind, label, date and description, each edge's key,
 * source, target and relation, and the first source of each (quote, doc, section) as columns
 * the column mapping reads back; GEXF keeps positions too (y up, as Gephi draws).
 */
import { write as writeGexf } from 'graphology-gexf';
import { BUNDLE_FORMAT, BUNDLE_VERSION } from '../../model/datasetBundle';
import { STORIES_FILE_VERSION } from '../../model/vocabulary';
import type { EdgeAttributes, NodeAttributes } from '../../model/schema';
import { toCsv } from '../csv';
import { graphFrom, type SerializedDataset } from './openedDataset';

export function bundleText(d: SerializedDataset): string {
  return JSON.stringify({
    format: BUNDLE_FORMAT,
    version: BUNDLE_VERSION,
    name: d.name,
    graph: d.graph,
    sources: d.sources,
    stories: { version: STORIES_FILE_VERSION, stories: d.stories },
    ...(d.positions ? { positions: d.positions } : {}),
  });
}

/** The columns written for a node. */
function nodeColumns(a: NodeAttributes): Record<string, string> {
  const first = a.sources[0];
  return {
    kind: a.kind,
    date: a.date ?? '',
    description: a.description,
    quote: first?.quote ?? '',
    doc: first?.doc ?? '',
    section: first?.section ?? '',
  };
}

function edgeColumns(a: EdgeAttributes): Record<string, string> {
  const first = a.sources[0];
  return {
    relation: a.relation,
    quote: first?.quote ?? '',
    doc: first?.doc ?? '',
    section: first?.section ?? '',
  };
}

/** Without the empty values: a GEXF or GraphML element leaves out what a node has not. */
const filled = (values: Record<string, string>) =>
  Object.fromEntries(Object.entries(values).filter(([, v]) => v !== ''));

export function gexfText(d: SerializedDataset): string {
  const graph = graphFrom(d.graph);
  return writeGexf<NodeAttributes, EdgeAttributes>(graph, {
    formatNode: (key, a) => {
      const at = d.positions?.[key];
      return {
        label: a.label,
        attributes: filled(nodeColumns(a)),
        ...(at ? { viz: { x: at.x, y: -at.y } } : {}),
      };
    },
    formatEdge: (_key, a) => ({ attributes: filled(edgeColumns(a)) }),
  });
}

const xml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function graphmlText(d: SerializedDataset): string {
  const graph = graphFrom(d.graph);
  const nodeKeys = ['label', 'kind', 'date', 'description', 'quote', 'doc', 'section'];
  const edgeKeys = ['relation', 'quote', 'doc', 'section'];
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">',
    ...nodeKeys.map((k) => `  <key id="n_${k}" for="node" attr.name="${k}" attr.type="string"/>`),
    ...edgeKeys.map((k) => `  <key id="e_${k}" for="edge" attr.name="${k}" attr.type="string"/>`),
    '  <graph edgedefault="directed">',
  ];
  const data = (prefix: string, values: Record<string, string>) =>
    Object.entries(filled(values))
      .map(([k, v]) => `<data key="${prefix}_${k}">${xml(v)}</data>`)
      .join('');
  graph.forEachNode((key, a) => {
    lines.push(
      `    <node id="${xml(key)}">${data('n', { label: a.label, ...nodeColumns(a) })}</node>`,
    );
  });
  graph.forEachEdge((key, a, source, target) => {
    lines.push(
      `    <edge id="${xml(key)}" source="${xml(source)}" target="${xml(target)}">${data('e', edgeColumns(a))}</edge>`,
    );
  });
  lines.push('  </graph>', '</graphml>', '');
  return lines.join('\n');
}

/** The nodes file and the edges file. */
export function csvTexts(d: SerializedDataset): { nodes: string; edges: string } {
  const graph = graphFrom(d.graph);
  const nodeHeader = ['key', 'label', 'kind', 'date', 'description', 'quote', 'doc', 'section'];
  const edgeHeader = ['key', 'source', 'target', 'relation', 'quote', 'doc', 'section'];
  const nodes = graph.mapNodes((key, a) => {
    const c = nodeColumns(a);
    return [key, a.label, c.kind, c.date, c.description, c.quote, c.doc, c.section].map(
      (v) => v ?? '',
    );
  });
  const edges = graph.mapEdges((key, a, source, target) => {
    const c = edgeColumns(a);
    return [key, source, target, c.relation, c.quote, c.doc, c.section].map((v) => v ?? '');
  });
  return { nodes: toCsv([nodeHeader, ...nodes]), edges: toCsv([edgeHeader, ...edges]) };
}
