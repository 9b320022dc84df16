/**
 * The checks of the data-quality report (qualityReport.ts), one function each: graph (and the
 * cited documents' texts) in, findings out, each naming its place (node or edge key, field) and
 * carrying a code. Pure; nothing here refuses a graph, it only lists what a curator should see.
 */
import { DocumentIndex, citationProblems } from './citationCheck';
import type { KnowledgeGraph } from './graph';
import type { LoadProblem, ProblemPlace } from './loadProblems';
import { nearDuplicateLabels } from './nearDuplicateLabels';

export type QualityFindingCode =
  | 'unsourced_node'
  | 'unsourced_edge'
  /** A citation's quote that does not occur in its document's section. */
  | 'quote_not_found'
  /** A citation naming a document the dataset does not carry. */
  | 'unknown_document'
  /** A citation naming a section its document does not have. */
  | 'unknown_section'
  /** A node with no edge. */
  | 'orphan'
  /** A label another node has too, once folded (case, diacritics, punctuation). */
  | 'same_label'
  /** A label one edit from another node's, once folded. */
  | 'similar_label'
  /** An edge of the file left out of the graph: one of its ends is no node of the file. */
  | 'dangling_edge'
  /** A node or edge no quote states outright, reasoned from its sources (`inference`). */
  | 'inferred';

export interface QualityFinding {
  code: QualityFindingCode;
  place: ProblemPlace;
  /** One sentence, place first. */
  message: string;
  /** The node to go to for it: the node itself, or an edge's source; absent for an edge left out. */
  node?: string;
  /** Inferred facts: the schema's `confidence`, where the data gives one. */
  confidence?: 'uncertain';
}

const nodePlace = (graph: KnowledgeGraph, key: string): string =>
  `node "${key}" (${graph.getNodeAttribute(key, 'label')})`;
const edgePlace = (key: string): string => `edge "${key}"`;

export function unsourcedNodes(graph: KnowledgeGraph): QualityFinding[] {
  return graph
    .filterNodes((_key, a) => a.sources.length === 0)
    .map((key) => ({
      code: 'unsourced_node',
      place: { node: key, field: 'sources' },
      message: `${nodePlace(graph, key)}, field sources: no source cites it`,
      node: key,
    }));
}

export function unsourcedEdges(graph: KnowledgeGraph): QualityFinding[] {
  return graph
    .filterEdges((_key, a) => a.sources.length === 0)
    .map((key) => ({
      code: 'unsourced_edge',
      place: { edge: key, field: 'sources' },
      message: `${edgePlace(key)}, field sources: no source cites it`,
      node: graph.source(key),
    }));
}

const CITATION_CODES: ReadonlySet<string> = new Set([
  'quote_not_found',
  'unknown_document',
  'unknown_section',
]);

function citationFinding(p: LoadProblem, node: string): QualityFinding {
  const code = CITATION_CODES.has(p.code) ? (p.code as QualityFindingCode) : 'quote_not_found';
  return { code, place: p.place, message: p.message, node };
}

/** Every citation whose document, section or verbatim quote is not there (citationCheck.ts). */
export function quotesNotFound(
  graph: KnowledgeGraph,
  sources: Readonly<Record<string, string>>,
): QualityFinding[] {
  const docs = new DocumentIndex(sources);
  const findings: QualityFinding[] = [];
  graph.forEachNode((key, a) => {
    for (const p of citationProblems(a.sources, { node: key }, docs))
      findings.push(citationFinding(p, key));
  });
  graph.forEachEdge((key, a, source) => {
    for (const p of citationProblems(a.sources, { edge: key }, docs))
      findings.push(citationFinding(p, source));
  });
  return findings;
}

export function orphans(graph: KnowledgeGraph): QualityFinding[] {
  return graph
    .filterNodes((key) => graph.degree(key) === 0)
    .map((key) => ({
      code: 'orphan',
      place: { node: key },
      message: `${nodePlace(graph, key)}: no edge links it to the rest of the graph`,
      node: key,
    }));
}

export function nearDuplicates(graph: KnowledgeGraph): QualityFinding[] {
  return nearDuplicateLabels(graph).map(({ first, second, edits }) => ({
    code: edits === 0 ? 'same_label' : 'similar_label',
    place: { node: second, field: 'label' },
    message:
      edits === 0
        ? `${nodePlace(graph, second)}, field label: the same label as ${nodePlace(graph, first)}`
        : `${nodePlace(graph, second)}, field label: one letter from ${nodePlace(graph, first)}`,
    node: second,
  }));
}

/** The edges loadGraph set aside for a missing end (an opened dataset's `setAside`). */
export function danglingEdges(setAside: readonly LoadProblem[]): QualityFinding[] {
  return setAside
    .filter((p) => p.code === 'dangling_edge')
    .map((p) => ({ code: 'dangling_edge', place: p.place, message: p.message }));
}

export function inferredFacts(graph: KnowledgeGraph): QualityFinding[] {
  const findings: QualityFinding[] = [];
  const finding = (
    place: ProblemPlace,
    where: string,
    node: string,
    inference: string,
    confidence: 'uncertain' | undefined,
  ): QualityFinding => ({
    code: 'inferred',
    place: { ...place, field: 'inference' },
    message: `${where}: ${inference}${confidence ? ` (confidence: ${confidence})` : ''}`,
    node,
    ...(confidence ? { confidence } : {}),
  });
  graph.forEachNode((key, a) => {
    if (a.inference !== undefined)
      findings.push(finding({ node: key }, nodePlace(graph, key), key, a.inference, a.confidence));
  });
  graph.forEachEdge((key, a, source) => {
    if (a.inference !== undefined)
      findings.push(finding({ edge: key }, edgePlace(key), source, a.inference, a.confidence));
  });
  return findings;
}
