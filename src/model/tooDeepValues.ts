/**
 * The values of a graph file nested too deep (nestingDepth.ts) as load problems, each placed by
 * its node or edge key and field like the other problems, with a copy of the file in which they
 * are null: loadGraph checks that copy, so every other problem of the file is still reported.
 */
import { MAX_NESTING, findTooDeep, type ValuePath } from './nestingDepth';
import {
  fieldPath,
  problem,
  show,
  valueAt,
  type LoadProblem,
  type ProblemPlace,
} from './loadProblems';

export interface TooDeepValues {
  /** One `too_deep` problem per value. */
  problems: LoadProblem[];
  /** The file with each of these values replaced by null (only the containers on the way copied). */
  withoutThem: unknown;
  /** Whether a problem found in `withoutThem` is about one of these values (its null). */
  covers(place: ProblemPlace): boolean;
}

/** The place of the value at `path`: node or edge key and attribute field, else the file's field. */
function placeOf(input: unknown, path: ValuePath): ProblemPlace {
  const [list, index, part, ...field] = path;
  const inAttributes =
    (list === 'nodes' || list === 'edges') &&
    typeof index === 'number' &&
    part === 'attributes' &&
    typeof field[0] === 'string';
  const key = inAttributes ? valueAt(input, [list, index, 'key']) : undefined;
  if (typeof key !== 'string') return { field: fieldPath(path) };
  return list === 'nodes'
    ? { node: key, field: fieldPath(field) }
    : { edge: key, field: fieldPath(field) };
}

/** Sets an own property, even one named `__proto__` (an assignment would set the prototype). */
function put(holder: object, key: string | number, value: unknown): void {
  Object.defineProperty(holder, key, {
    value,
    writable: true,
    enumerable: true,
    configurable: true,
  });
}

/** A copy of `root` with null at each path; containers off the paths are shared, not copied. */
function withNullAt(root: unknown, paths: readonly ValuePath[]): unknown {
  const copies = new WeakSet<object>();
  const own = (value: unknown): object | null => {
    if (typeof value !== 'object' || value === null) return null;
    if (copies.has(value)) return value;
    const copy = Array.isArray(value) ? [...(value as unknown[])] : { ...value };
    copies.add(copy);
    return copy;
  };
  const result = own(root);
  if (!result) return root;
  for (const path of paths) {
    let holder: object | null = result;
    for (const [i, key] of path.entries()) {
      if (!holder) break;
      if (i === path.length - 1) {
        put(holder, key, null);
        break;
      }
      const child = own((holder as Record<string | number, unknown>)[key]);
      if (child) put(holder, key, child);
      holder = child;
    }
  }
  return result;
}

/** Whether `field` is `deep`, inside it, or holds it (a problem of the null there is about it). */
function onTheWay(field: string, deep: string): boolean {
  const within = (inner: string, outer: string) =>
    inner === outer || inner.startsWith(`${outer}.`) || inner.startsWith(`${outer}[`);
  return within(field, deep) || within(deep, field);
}

/** The values of `input` nested deeper than MAX_NESTING levels, or null when there are none. */
export function tooDeepValues(input: unknown): TooDeepValues | null {
  const found = findTooDeep(input);
  if (found.length === 0) return null;
  const problems = found.map(({ path, value }) =>
    problem(
      'too_deep',
      placeOf(input, path),
      `a value nested at most ${MAX_NESTING} levels deep in the file`,
      show(value),
    ),
  );
  const places = problems.map((p) => p.place);
  return {
    problems,
    withoutThem: withNullAt(
      input,
      found.map((f) => f.path),
    ),
    covers(place) {
      const { field } = place;
      if (field === undefined) return false;
      return places.some(
        (deep) =>
          deep.node === place.node &&
          deep.edge === place.edge &&
          deep.field !== undefined &&
          onTheWay(field, deep.field),
      );
    },
  };
}
