/**
 * The problems `loadGraph` reports: their codes, their place (node or edge key, field path) and
 * the one sentence that names the place for people. Pure helpers, no graph building here.
 */
import type { z } from 'zod';
import { describeValue } from './describeValue';

/** What went wrong, one code per kind of bad data (the UI turns codes into words). */
export type LoadProblemCode =
  | 'invalid_file'
  | 'invalid_attribute'
  | 'unknown_kind'
  | 'unknown_relation'
  | 'dangling_edge'
  | 'duplicate_key'
  | 'self_loop'
  | 'parallel_edge'
  | 'missing_source'
  | 'unknown_document'
  | 'unknown_section'
  | 'quote_not_found'
  /** A value nested deeper than any file needs (a 100,000-deep array): see nestingDepth.ts. */
  | 'too_deep'
  /** A node key not `kind:slug`, or an edge key not `source->relation->target`. */
  | 'bad_key'
  /** A label or alias another name of the graph already has, ignoring case. */
  | 'duplicate_name'
  /** A `place` on an edge that is not `held_in`, or that none of the edge's quotes names. */
  | 'unquoted_place'
  | 'unexpected';

/** Where a problem sits: a node key or an edge key (neither for the file itself), and the field. */
export interface ProblemPlace {
  node?: string;
  edge?: string;
  /** Field path inside the node or edge, e.g. `sources[0].quote`, or inside the file, e.g. `nodes[3].key`. */
  field?: string;
}

export interface LoadProblem {
  code: LoadProblemCode;
  place: ProblemPlace;
  expected: string;
  found: string;
  /** One sentence naming the place, for people. */
  message: string;
}

/** Formats a zod path as a field path: ['sources', 0, 'quote'] → "sources[0].quote". */
export function fieldPath(path: readonly PropertyKey[]): string {
  return path
    .map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? String(p) : `.${String(p)}`))
    .join('');
}

/** A short, readable rendering of a found value: strings quoted, long values cut. */
export const show = (value: unknown): string => describeValue(value);

/** The value at a zod path inside `root`, or undefined where the path leads nowhere. */
export function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let current: unknown = root;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

function placeText(place: ProblemPlace): string {
  const owner =
    place.node !== undefined
      ? `node "${place.node}"`
      : place.edge !== undefined
        ? `edge "${place.edge}"`
        : 'graph file';
  return place.field ? `${owner}, field ${place.field}` : owner;
}

/** Builds a problem and its sentence: `node "k", field f: expected …, found …`. */
export function problem(
  code: LoadProblemCode,
  place: ProblemPlace,
  expected: string,
  found: string,
): LoadProblem {
  return {
    code,
    place,
    expected,
    found,
    message: `${placeText(place)}: expected ${expected}, found ${found}`,
  };
}

/**
 * Turns the zod issues of one node's or edge's attributes into problems, giving the fields that
 * have their own code (kind, relation, sources) that code.
 */
export function attributeProblems(
  issues: readonly z.core.$ZodIssue[],
  attributes: unknown,
  owner: { node: string } | { edge: string },
  special: { field: 'kind' | 'relation'; code: LoadProblemCode; expected: string },
): LoadProblem[] {
  return issues.map((issue) => {
    const path =
      issue.code === 'unrecognized_keys' && issue.keys.length > 0
        ? [...issue.path, issue.keys.join(', ')]
        : issue.path;
    const field = fieldPath(path);
    const found =
      issue.code === 'unrecognized_keys' ? 'an unknown field' : show(valueAt(attributes, path));
    if (issue.path.length === 1 && issue.path[0] === special.field)
      return problem(special.code, { ...owner, field }, special.expected, found);
    if (issue.path.length === 1 && issue.path[0] === 'sources')
      return problem('missing_source', { ...owner, field }, 'at least one source', found);
    return problem('invalid_attribute', { ...owner, field }, expectedOf(issue), found);
  });
}

/** What a zod issue expected, in words. */
export function expectedOf(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return `a value of type ${issue.expected}`;
    case 'invalid_value':
      return `one of ${issue.values.map((v) => show(v)).join(', ')}`;
    case 'too_small':
      return issue.origin === 'array'
        ? `at least ${String(issue.minimum)} item(s)`
        : issue.origin === 'string'
          ? `at least ${String(issue.minimum)} character(s)`
          : issue.message;
    case 'unrecognized_keys':
      return 'only the fields of the data contract';
    default:
      return issue.message;
  }
}
