/**
 * Reads a GEXF or GraphML file into tables (tables.ts) with graphology-gexf and
 * graphology-graphml. The XML is parsed with @xmldom/xmldom (what those libraries use under
 * Node), not the browser's DOMParser: a Web Worker has no DOMParser, and this way the same code
 * checks a file in the worker, in the tests and in `npm run quality`. Every XML error is kept
 * with its line and column; each node's and edge's line is read from the element. GEXF
 * positions (viz:position) are kept, y turned downwards for the canvas. An edge whose end is no
 * node of the file is kept in the edge table (the parsers are told to add the missing node, which
 * is then left out), so loadGraph sets it aside and the data-quality report lists it with its line.
 */
import { DOMParser } from '@xmldom/xmldom';
import { MultiGraph } from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import { openProblem, type OpenPlace, type OpenProblem } from './openProblem';
import { asText, baseName, columnsOf, type TableRow, type Tables } from './tables';

export type XmlFormat = 'gexf' | 'graphml';

export type TablesResult = { ok: true; tables: Tables } | { ok: false; problems: OpenProblem[] };

/** `[xmldom error]\tmessage\n@#[line:3,col:7]` → its parts. */
function xmlProblem(file: string, text: string): OpenProblem {
  const at = /#\[line:(\d+),col:(\d+)\]/.exec(text);
  const what = text
    .replace(/^\[xmldom \w+\]\s*/, '')
    .replace(/\s*@[^\n]*$/, '')
    .trim();
  const place: OpenPlace = at ? { file, line: Number(at[1]), column: Number(at[2]) } : { file };
  return openProblem('invalid_xml', place, `the XML is not well formed: ${what}`);
}

/** The id attributes of the elements of `tag`. */
function idsOf(doc: Document, tag: string): Set<string> {
  const ids = new Set<string>();
  const elements = doc.getElementsByTagName(tag);
  for (let i = 0; i < elements.length; i += 1) {
    const id = elements.item(i)?.getAttribute('id');
    if (id) ids.add(id);
  }
  return ids;
}

/** Line of each element of `tag` by its id attribute. */
function linesOf(doc: Document, tag: string): Map<string, number> {
  const lines = new Map<string, number>();
  const elements = doc.getElementsByTagName(tag);
  for (let i = 0; i < elements.length; i += 1) {
    const el = elements.item(i) as (Element & { lineNumber?: number }) | null;
    const id = el?.getAttribute('id');
    if (el && id && el.lineNumber !== undefined) lines.set(id, el.lineNumber);
  }
  return lines;
}

export function readXmlTables(fileName: string, text: string, format: XmlFormat): TablesResult {
  const problems: OpenProblem[] = [];
  const parser = new DOMParser({
    locator: {},
    errorHandler: (_level: string, message: string) => {
      problems.push(xmlProblem(fileName, message));
    },
  });
  let doc: Document;
  try {
    doc = parser.parseFromString(text, 'application/xml') as unknown as Document;
  } catch (e) {
    problems.push(xmlProblem(fileName, e instanceof Error ? e.message : String(e)));
    return { ok: false, problems };
  }
  if (problems.length > 0) return { ok: false, problems };
  const root = doc.documentElement?.nodeName ?? '';
  if (root !== format)
    return {
      ok: false,
      problems: [
        openProblem(
          'invalid_file',
          { file: fileName, line: 1 },
          `expected a ${format.toUpperCase()} file (root element <${format}>), found <${root}>`,
        ),
      ],
    };
  let graph: MultiGraph;
  try {
    graph =
      format === 'gexf'
        ? parseGexf(MultiGraph, doc, { addMissingNodes: true, allowUndeclaredAttributes: true })
        : parseGraphml(MultiGraph, doc, { addMissingNodes: true });
  } catch (e) {
    const found = e instanceof Error ? e.message : String(e);
    return {
      ok: false,
      problems: [
        openProblem(
          'invalid_file',
          { file: fileName },
          `not a readable ${format.toUpperCase()} graph: ${found}`,
        ),
      ],
    };
  }
  const nodeLines = linesOf(doc, 'node');
  const edgeLines = linesOf(doc, 'edge');
  const positions: Record<string, { x: number; y: number }> = {};
  const declared = idsOf(doc, 'node');
  const nodes: TableRow[] = graph
    .filterNodes((key) => declared.has(key))
    .map((key) => {
      const attributes = graph.getNodeAttributes(key);
      const { x, y } = attributes;
      // GEXF's y axis points up (as Gephi draws it), the canvas's down.
      if (typeof x === 'number' && typeof y === 'number')
        positions[key] = { x, y: format === 'gexf' ? -y : y };
      const values: Record<string, string> = { id: key };
      for (const [name, value] of Object.entries(attributes)) values[name] = asText(value);
      return { values, place: { file: fileName, line: nodeLines.get(key) } };
    });
  const edges: TableRow[] = graph.mapEdges((key, attributes, source, target) => {
    const values: Record<string, string> = { id: key, source, target };
    for (const [name, value] of Object.entries(attributes)) values[name] = asText(value);
    return { values, place: { file: fileName, line: edgeLines.get(key) } };
  });
  return {
    ok: true,
    tables: {
      nodes,
      edges,
      nodeColumns: columnsOf(nodes),
      edgeColumns: columnsOf(edges),
      positions:
        Object.keys(positions).length === nodes.length && nodes.length > 0 ? positions : null,
      name: baseName(fileName),
    },
  };
}
