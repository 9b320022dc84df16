/**
 * Parses `unknown` input (the content of a graph.json) into a typed graphology graph, or returns
 * every problem at once, each naming its place. The graph the caller had is never touched.
 * NOTE(foundation): minimal first version; the data work (issue 3) completes the checks.
 */
import Graph from 'graphology';
import { edgeAttributesSchema, graphFileSchema, nodeAttributesSchema } from './schema';
import type { KnowledgeGraph } from './graph';

export type LoadProblemCode =
  | 'invalid_file'
  | 'invalid_attribute'
  | 'unknown_kind'
  | 'unknown_relation'
  | 'dangling_edge'
  | 'duplicate_key'
  | 'missing_source'
  | 'unknown_document'
  | 'unknown_section'
  | 'quote_not_found';

export interface LoadProblem {
  code: LoadProblemCode;
  /** Where: a node key or edge key (or null for the file itself), and the field path. */
  place: { node?: string; edge?: string; field?: string };
  expected: string;
  found: string;
  /** One sentence naming the place, for people. */
  message: string;
}

export type LoadResult =
  { ok: true; graph: KnowledgeGraph } | { ok: false; problems: LoadProblem[] };

/** `docs` maps a document id (file name in data/sources/ without extension) to its text. */
export function loadGraph(input: unknown, _docs: Readonly<Record<string, string>>): LoadResult {
  const file = graphFileSchema.safeParse(input);
  if (!file.success) {
    return {
      ok: false,
      problems: file.error.issues.map((i) => ({
        code: 'invalid_file',
        place: { field: i.path.join('.') },
        expected: i.message,
        found: 'something else',
        message: `graph file: ${i.path.join('.')}: ${i.message}`,
      })),
    };
  }
  const graph: KnowledgeGraph = new Graph({
    type: 'directed',
    multi: false,
    allowSelfLoops: false,
  });
  for (const n of file.data.nodes) graph.addNode(n.key, nodeAttributesSchema.parse(n.attributes));
  for (const e of file.data.edges)
    graph.addEdgeWithKey(e.key, e.source, e.target, edgeAttributesSchema.parse(e.attributes));
  return { ok: true, graph };
}
