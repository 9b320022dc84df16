/**
 * Parses `unknown` input (the content of a graph.json) into a typed graphology graph, or returns
 * every problem at once, each naming its place. Never throws; the graph the caller had is never
 * touched. Checks, in one pass: values nested too deep (tooDeepValues.ts), the file's shape, each
 * node's and edge's attributes against the schema (kind, relation, dates, sources), duplicate
 * keys, dangling edges, self-loops and parallel edges, and each citation against the source
 * documents (document, section, verbatim quote).
 * An opened dataset (`{ open: true }`: a file a person opens, not the embedded one) is checked
 * for what would break the explorer only: its facts may lack sources, its keys need not be
 * `kind:slug` and labels may repeat; citations are not checked here, and an edge with a missing
 * end is set aside (left out of the graph, its problem kept in `setAside`) rather than refusing
 * the file. The data-quality report (qualityReport.ts) lists all of those instead.
 */
import Graph from 'graphology';
import type { z } from 'zod';
import { DocumentIndex, citationProblems } from './citationCheck';
import {
  NODE_KINDS,
  RELATIONS,
  edgeAttributesSchema,
  edgeEntrySchema,
  graphEnvelopeSchema,
  nodeAttributesSchema,
  nodeEntrySchema,
  openEdgeAttributesSchema,
  openNodeAttributesSchema,
  sourceSchema,
  type EdgeAttributes,
  type NodeAttributes,
  type Source,
} from './schema';
import {
  attributeProblems,
  expectedOf,
  fieldPath,
  problem,
  show,
  valueAt,
  type LoadProblem,
} from './loadProblems';
import type { KnowledgeGraph } from './graph';
import { namingProblems } from './namingRules';
import { tooDeepValues } from './tooDeepValues';

export type { LoadProblem, LoadProblemCode, ProblemPlace } from './loadProblems';

export type LoadResult =
  | {
      ok: true;
      graph: KnowledgeGraph;
      /** Opened datasets only: the dangling edges left out of the graph, one problem per missing end. */
      setAside: LoadProblem[];
    }
  | { ok: false; problems: LoadProblem[] };

interface ParsedNode {
  key: string;
  attributes: NodeAttributes;
}
interface ParsedEdge {
  key: string;
  source: string;
  target: string;
  attributes: EdgeAttributes;
}

/** How strictly a file is checked: the embedded contract, or an opened dataset (see above). */
export interface LoadOptions {
  open?: boolean;
}

/** The checks of one mode. */
interface Rules {
  nodeSchema: z.ZodType<NodeAttributes>;
  edgeSchema: z.ZodType<EdgeAttributes>;
  docs: DocumentIndex | null;
  naming: boolean;
  /** Whether a dangling edge is set aside (opened datasets) rather than a problem. */
  setAsideDangling: boolean;
}

const KIND_EXPECTED = `a kind among ${NODE_KINDS.join(', ')}`;
const RELATION_EXPECTED = `a relation among ${RELATIONS.join(', ')}`;

/**
 * Loads a graph file. `docs` maps a document id (file name in data/sources/ without extension)
 * to its text; every citation is checked against it.
 */
export function loadGraph(
  input: unknown,
  docs: Readonly<Record<string, string>>,
  options: LoadOptions = {},
): LoadResult {
  try {
    const rules: Rules = options.open
      ? {
          nodeSchema: openNodeAttributesSchema,
          edgeSchema: openEdgeAttributesSchema,
          docs: null,
          naming: false,
          setAsideDangling: true,
        }
      : {
          nodeSchema: nodeAttributesSchema,
          edgeSchema: edgeAttributesSchema,
          docs: new DocumentIndex(docs),
          naming: true,
          setAsideDangling: false,
        };
    // A value nested too deep is one problem of its own; the rest of the file is checked without it.
    const deep = tooDeepValues(input);
    if (!deep) return load(input, rules);
    const rest = load(deep.withoutThem, rules);
    const others = rest.ok ? [] : rest.problems.filter((p) => !deep.covers(p.place));
    return { ok: false, problems: [...deep.problems, ...others] };
  } catch (e) {
    // A last guard: the checks above are meant to leave nothing that throws.
    const found = e instanceof Error ? e.message : String(e);
    return {
      ok: false,
      problems: [problem('unexpected', {}, 'a graph file that loads', show(found))],
    };
  }
}

function load(input: unknown, rules: Rules): LoadResult {
  const envelope = graphEnvelopeSchema.safeParse(input);
  if (!envelope.success) {
    return {
      ok: false,
      problems: envelope.error.issues.map((issue) =>
        problem(
          'invalid_file',
          { field: fieldPath(issue.path) || undefined },
          expectedOf(issue),
          show(valueAt(input, issue.path)),
        ),
      ),
    };
  }
  const problems: LoadProblem[] = [];
  const setAside: LoadProblem[] = [];
  const nodes = parseNodes(envelope.data.nodes, rules, problems);
  const edges = parseEdges(envelope.data.edges, nodes, rules, {
    problems,
    dangling: rules.setAsideDangling ? setAside : problems,
  });
  const parsedNodes = [...nodes.values()].filter((n): n is ParsedNode => n !== null);
  if (rules.naming) problems.push(...namingProblems(parsedNodes, edges));
  if (problems.length > 0) return { ok: false, problems };

  const graph: KnowledgeGraph = new Graph({
    type: 'directed',
    multi: false,
    allowSelfLoops: false,
  });
  for (const n of nodes.values()) if (n) graph.addNode(n.key, n.attributes);
  for (const e of edges) graph.addEdgeWithKey(e.key, e.source, e.target, e.attributes);
  return { ok: true, graph, setAside };
}

/** Node keys seen (even those whose attributes are bad, so their edges do not dangle). */
function parseNodes(
  entries: readonly unknown[],
  rules: Rules,
  problems: LoadProblem[],
): Map<string, ParsedNode | null> {
  const nodes = new Map<string, ParsedNode | null>();
  entries.forEach((raw, i) => {
    const entry = nodeEntrySchema.safeParse(raw);
    if (!entry.success) {
      problems.push(...entryProblems(entry.error.issues, raw, `nodes[${i}]`));
      return;
    }
    const { key, attributes } = entry.data;
    if (nodes.has(key)) {
      problems.push(
        problem('duplicate_key', { node: key }, 'a node key used once', `nodes[${i}] repeats it`),
      );
      return;
    }
    const parsed = rules.nodeSchema.safeParse(attributes);
    if (!parsed.success) {
      nodes.set(key, null);
      problems.push(...citations(sourcesOf(attributes), { node: key }, rules));
      problems.push(
        ...attributeProblems(
          parsed.error.issues,
          attributes,
          { node: key },
          {
            field: 'kind',
            code: 'unknown_kind',
            expected: KIND_EXPECTED,
          },
        ),
      );
      return;
    }
    nodes.set(key, { key, attributes: parsed.data });
    const { start, end } = parsed.data;
    if (start !== undefined && end !== undefined && end < start)
      problems.push(
        problem(
          'invalid_attribute',
          { node: key, field: 'end' },
          `a date not before ${start}`,
          show(end),
        ),
      );
    problems.push(...citations(parsed.data.sources, { node: key }, rules));
  });
  return nodes;
}

/** Where edge problems go: dangling ends to their own list (set aside, or the problems). */
interface EdgeProblems {
  problems: LoadProblem[];
  dangling: LoadProblem[];
}

function parseEdges(
  entries: readonly unknown[],
  nodes: ReadonlyMap<string, ParsedNode | null>,
  rules: Rules,
  { problems, dangling }: EdgeProblems,
): ParsedEdge[] {
  const edges: ParsedEdge[] = [];
  const keys = new Set<string>();
  const pairs = new Map<string, string>();
  entries.forEach((raw, i) => {
    const entry = edgeEntrySchema.safeParse(raw);
    if (!entry.success) {
      problems.push(...entryProblems(entry.error.issues, raw, `edges[${i}]`));
      return;
    }
    const { key, source, target, attributes, undirected } = entry.data;
    if (keys.has(key)) {
      problems.push(
        problem('duplicate_key', { edge: key }, 'an edge key used once', `edges[${i}] repeats it`),
      );
      return;
    }
    keys.add(key);
    let ends = true;
    for (const [field, end] of [
      ['source', source],
      ['target', target],
    ] as const) {
      if (!nodes.has(end)) {
        ends = false;
        dangling.push(
          problem(
            'dangling_edge',
            { edge: key, field },
            'the key of a node of the file',
            show(end),
          ),
        );
      }
    }
    if (undirected === true)
      problems.push(
        problem('invalid_file', { edge: key, field: 'undirected' }, 'a directed edge', 'true'),
      );
    if (source === target)
      problems.push(
        problem(
          'self_loop',
          { edge: key, field: 'target' },
          'a target other than the source',
          show(target),
        ),
      );
    const pair = `${source}\u0000${target}`;
    const other = pairs.get(pair);
    if (other !== undefined)
      problems.push(
        problem(
          'parallel_edge',
          { edge: key },
          `one edge from ${show(source)} to ${show(target)}`,
          `also edge ${show(other)}`,
        ),
      );
    else pairs.set(pair, key);

    const parsed = rules.edgeSchema.safeParse(attributes);
    if (!parsed.success) {
      problems.push(...citations(sourcesOf(attributes), { edge: key }, rules));
      problems.push(
        ...attributeProblems(
          parsed.error.issues,
          attributes,
          { edge: key },
          {
            field: 'relation',
            code: 'unknown_relation',
            expected: RELATION_EXPECTED,
          },
        ),
      );
      return;
    }
    problems.push(...citations(parsed.data.sources, { edge: key }, rules));
    // A place is checked against the quotes where quotes are checked (not on an opened dataset).
    if (rules.docs) problems.push(...placeProblems(key, parsed.data));
    if (ends) edges.push({ key, source, target, attributes: parsed.data });
  });
  return edges;
}

/** The citation problems of `sources`, in the mode that checks them. */
function citations(
  sources: readonly Source[],
  owner: { node: string } | { edge: string },
  rules: Rules,
): LoadProblem[] {
  return rules.docs ? citationProblems(sources, owner, rules.docs) : [];
}

/** A stated place is one a `held_in` edge's own quotes name. */
function placeProblems(key: string, attributes: EdgeAttributes): LoadProblem[] {
  const { place, relation, sources } = attributes;
  if (place === undefined) return [];
  if (relation !== 'held_in')
    return [
      problem(
        'unquoted_place',
        { edge: key, field: 'place' },
        'a place on held_in edges only',
        `a place on a ${relation} edge`,
      ),
    ];
  if (sources.some((s) => s.quote.includes(place))) return [];
  return [
    problem(
      'unquoted_place',
      { edge: key, field: 'place' },
      'a place one of the quotes names',
      show(place),
    ),
  ];
}

/** The problems of one malformed entry of `nodes` or `edges`, placed by its index. */
function entryProblems(
  issues: readonly z.core.$ZodIssue[],
  raw: unknown,
  at: string,
): LoadProblem[] {
  return issues.map((issue) =>
    problem(
      'invalid_file',
      { field: `${at}${fieldPath(['', ...issue.path])}` },
      expectedOf(issue),
      show(valueAt(raw, issue.path)),
    ),
  );
}

/** The well-formed sources of attributes that are otherwise bad, so their quotes are checked too. */
function sourcesOf(attributes: unknown): Source[] {
  const sources = valueAt(attributes, ['sources']);
  if (!Array.isArray(sources)) return [];
  return sources.flatMap((s: unknown) => {
    const parsed = sourceSchema.safeParse(s);
    return parsed.success ? [parsed.data] : [];
  });
}
