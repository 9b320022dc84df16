/**
 * How deeply parsed JSON nests arrays and objects, found with loops and explicit stacks (never
 * recursion), so that a 100,000-deep array is measured and placed instead of overflowing the call
 * stack of whatever walks it next (JSON.stringify, Array.prototype.join, the checks of a file).
 */

/** Deepest nesting a file is taken with (the file itself is level 1); graph and stories files need about 6. */
export const MAX_NESTING = 64;

/** A place inside a value: object keys and array indices, from the root. */
export type ValuePath = (string | number)[];

/** A value found nested too deep: where it is, and the value itself. */
export interface TooDeepValue {
  path: ValuePath;
  value: unknown;
}

/** Segments kept of the path of a value that is too deep (see `findTooDeep`). */
const MAX_PLACE_SEGMENTS = 8;

const isContainer = (value: unknown): value is object =>
  typeof value === 'object' && value !== null;

const childrenOf = (container: object): readonly unknown[] =>
  Array.isArray(container) ? container : Object.values(container);

/**
 * Levels of arrays and objects in `value`: 0 for a scalar, 1 for `[]` or `{}`, 2 for `[[1]]`;
 * Infinity for a value that contains itself. Each container is measured once.
 */
export function nestingDepth(value: unknown): number {
  if (!isContainer(value)) return 0;
  const measured = new Map<object, number>();
  const onPath = new Set<object>();
  const stack: { container: object; children: readonly unknown[]; next: number; below: number }[] =
    [];
  const enter = (container: object) => {
    onPath.add(container);
    stack.push({ container, children: childrenOf(container), next: 0, below: 0 });
  };
  enter(value);
  for (;;) {
    const frame = stack[stack.length - 1];
    if (!frame) return 0; // not reached: the root's frame returns below
    if (frame.next < frame.children.length) {
      const child = frame.children[frame.next];
      frame.next += 1;
      if (!isContainer(child)) continue;
      if (onPath.has(child)) return Infinity;
      const known = measured.get(child);
      if (known === undefined) enter(child);
      else frame.below = Math.max(frame.below, known);
      continue;
    }
    stack.pop();
    onPath.delete(frame.container);
    const depth = frame.below + 1;
    measured.set(frame.container, depth);
    const parent = stack[stack.length - 1];
    if (!parent) return depth;
    parent.below = Math.max(parent.below, depth);
  }
}

/**
 * The place to name for a value found too deep at `path`: a run of array indices at its end is
 * cut to its first (`description[0]`, not sixty more `[0]`), and at most 8 segments are kept.
 */
function placeOfTooDeep(path: ValuePath): ValuePath {
  let end = path.length;
  while (end > 1 && typeof path[end - 1] === 'number' && typeof path[end - 2] === 'number')
    end -= 1;
  return path.slice(0, Math.min(end, MAX_PLACE_SEGMENTS));
}

/**
 * The values of `root` that nest deeper than `limit` levels (the root is level 1), each placed
 * at the value that holds the too deep part (see `placeOfTooDeep`), none inside another, in the
 * order of the file. Nothing below the limit is visited, so a 100,000-deep array costs 64 steps.
 */
export function findTooDeep(root: unknown, limit = MAX_NESTING): TooDeepValue[] {
  interface Frame {
    value: unknown;
    depth: number;
    key: string | number;
    parent: Frame | null;
  }
  const pathOf = (frame: Frame): ValuePath => {
    const path: ValuePath = [];
    for (let f: Frame | null = frame; f?.parent; f = f.parent) path.push(f.key);
    return path.reverse();
  };
  const places = new Map<string, TooDeepValue>();
  const seen = new WeakSet<object>();
  const stack: Frame[] = [{ value: root, depth: 1, key: '', parent: null }];
  for (let frame = stack.pop(); frame; frame = stack.pop()) {
    const { value, depth } = frame;
    if (!isContainer(value) || seen.has(value)) continue;
    seen.add(value);
    if (depth > limit) {
      const path = pathOf(frame);
      const place = placeOfTooDeep(path);
      let holder: Frame = frame;
      for (let up = path.length - place.length; up > 0 && holder.parent; up -= 1)
        holder = holder.parent;
      places.set(JSON.stringify(place), { path: place, value: holder.value });
      continue;
    }
    const entries: [string | number, unknown][] = Array.isArray(value)
      ? value.map((item, i) => [i, item])
      : Object.entries(value);
    for (let i = entries.length - 1; i >= 0; i -= 1) {
      const [key, child] = entries[i] ?? ['', undefined];
      if (isContainer(child)) stack.push({ value: child, depth: depth + 1, key, parent: frame });
    }
  }
  // A place inside another reported place is left out (the outer one covers it).
  return [...places.values()].filter(
    ({ path }) => !path.some((_, end) => places.has(JSON.stringify(path.slice(0, end)))),
  );
}
