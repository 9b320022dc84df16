// data/layout.json (precomputed fcose positions) must cover exactly the nodes of data/graph.json:
// when the data changes, run `npm run layout` and commit the new file.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const read = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'));

describe('data/layout.json', () => {
  it('has a position for every node of data/graph.json and no other (else: npm run layout)', () => {
    const graph = read('data/graph.json') as { nodes: { key: string }[] };
    const layout = read('data/layout.json') as { positions: Record<string, unknown> };
    const graphKeys = graph.nodes.map((n) => n.key).sort();
    expect(Object.keys(layout.positions).sort()).toEqual(graphKeys);
  });
});
