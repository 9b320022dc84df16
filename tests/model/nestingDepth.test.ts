// Nesting is measured and placed with loops, never recursion: a 100,000-deep array costs no stack,
// and each value nested too deep is named by the place of the field that holds it.
import { describe, expect, it } from 'vitest';
import { MAX_NESTING, findTooDeep, nestingDepth } from '../../src/model/nestingDepth';

const placesOf = (root: unknown) => findTooDeep(root).map((found) => found.path);

/** `levels` arrays inside each other around `inner`. */
function deepArray(levels: number, inner: unknown = 1): unknown {
  let value = inner;
  for (let i = 0; i < levels; i += 1) value = [value];
  return value;
}

describe('nestingDepth', () => {
  it('counts levels of arrays and objects', () => {
    expect(nestingDepth('x')).toBe(0);
    expect(nestingDepth(null)).toBe(0);
    expect(nestingDepth([])).toBe(1);
    expect(nestingDepth({ a: [1, { b: [] }], c: 2 })).toBe(4);
  });

  it('measures a 100,000-deep array without overflowing the stack', () => {
    expect(nestingDepth(deepArray(100_000))).toBe(100_000);
    expect(nestingDepth({ a: [deepArray(99_999)] })).toBe(100_001);
  });

  it('says a value that contains itself is infinitely deep, and measures shared parts once', () => {
    const loop: unknown[] = [];
    loop.push([loop]);
    expect(nestingDepth(loop)).toBe(Infinity);
    let shared: unknown = [];
    for (let i = 0; i < 60; i += 1) shared = [shared, shared];
    expect(nestingDepth(shared)).toBe(61);
  });
});

describe('findTooDeep', () => {
  it('finds nothing in a shallow file', () => {
    expect(placesOf({ nodes: [{ key: 'a', attributes: { sources: [{ doc: 'd' }] } }] })).toEqual(
      [],
    );
    // Exactly at the limit is fine, one more level is not.
    expect(placesOf(deepArray(MAX_NESTING - 1, []))).toEqual([]);
    expect(placesOf(deepArray(MAX_NESTING, []))).toEqual([[0]]);
  });

  it('names each too deep value by the field holding it, the run of [0]s cut to one', () => {
    const description = deepArray(100_000) as unknown[];
    const file = {
      version: deepArray(100_000),
      nodes: [
        { key: 'a', attributes: { description } },
        { key: 'b', attributes: { label: 'fine' } },
        deepArray(100_000),
      ],
    };
    // Each comes with the value at its place (compared by identity: toEqual would recurse).
    expect(findTooDeep(file)[1]?.value).toBe(description[0]);
    expect(placesOf(file)).toEqual([
      ['version', 0],
      ['nodes', 0, 'attributes', 'description', 0],
      ['nodes', 2],
    ]);
  });

  it('keeps at most 8 segments of a deep chain of objects, and one place per value', () => {
    let chain: unknown = 1;
    for (let i = 0; i < 1000; i += 1) chain = { a: chain, b: [chain] };
    const places = placesOf({ stories: [{ steps: [{ title: chain }] }] });
    expect(places).toEqual([['stories', 0, 'steps', 0, 'title', 'a', 'a', 'a']]);
  });

  it('visits nothing below the limit: 1,000 deep arrays of 100,000 levels are quick', () => {
    const deep = deepArray(100_000);
    const started = Date.now();
    const places = placesOf({ items: Array.from({ length: 1000 }, () => ({ x: deep })) });
    // One array shared by all is visited once; the places are those of its first holder.
    expect(places).toEqual([['items', 0, 'x', 0]]);
    expect(Date.now() - started).toBeLessThan(1000);
  });
});
