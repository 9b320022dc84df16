/**
 * `npm run layout`: computes the fcose positions of data/graph.json ahead of time and writes
 * data/layout.json, so the first paint of the app runs no layout. Run it whenever graph.json
 * changes (tests/view/layoutFile.test.ts fails while the two disagree).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { graphFileSchema, nodeKindSchema } from '../src/model/schema';
import { computeFcosePositions } from '../src/view/fcoseLayout';

const graphPath = resolve('data/graph.json');
const layoutPath = resolve('data/layout.json');

const file = graphFileSchema.parse(JSON.parse(readFileSync(graphPath, 'utf8')));
const nodes = file.nodes.map((n) => {
  const attrs = n.attributes as { kind?: unknown; label?: unknown };
  return { id: n.key, kind: nodeKindSchema.parse(attrs.kind), label: String(attrs.label ?? n.key) };
});
const ids = new Set(nodes.map((n) => n.id));
const edges = file.edges
  .filter((e) => ids.has(e.source) && ids.has(e.target))
  .map((e) => ({ id: e.key, source: e.source, target: e.target }));

const started = performance.now();
const positions = computeFcosePositions({ nodes, edges });
// One node per line, as Prettier would print it, so the file diffs well and stays formatted.
const lines = Object.entries(positions)
  .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)) // code-point order, the same in every locale
  .map(([key, p]) => `    ${JSON.stringify(key)}: { "x": ${p.x}, "y": ${p.y} }`);
writeFileSync(
  layoutPath,
  `{\n  "layout": "fcose",\n  "positions": {\n${lines.join(',\n')}\n  }\n}\n`,
);
console.log(
  `layout: ${nodes.length} nodes, ${edges.length} edges → data/layout.json in ${Math.round(performance.now() - started)} ms`,
);
