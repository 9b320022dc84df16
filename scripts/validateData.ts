/**
 * `npm run validate:data`: validates data/graph.json against data/sources/ and prints every
 * problem with its place, or a one-line summary of counts. Exits 1 on any problem.
 */
import { join } from 'node:path';
import { loadGraph } from '../src/model/loadGraph';
import { readJsonFile } from './readJsonFile';
import { readSourceFiles } from './readSourceFiles';

const dataDir = join(import.meta.dirname, '..', 'data');
const { docs } = readSourceFiles(dataDir);

const graphFile = readJsonFile(join(dataDir, 'graph.json'), 'data/graph.json');
if (!graphFile.ok) {
  console.error(graphFile.problem);
  process.exit(1);
}
const result = loadGraph(graphFile.value, docs);
if (!result.ok) {
  for (const p of result.problems) console.error(`data/graph.json: ${p.message}`);
  console.error(`${result.problems.length} problem(s).`);
  process.exit(1);
}
const counts = new Map<string, number>();
result.graph.forEachNode((_k, a) => counts.set(a.kind, (counts.get(a.kind) ?? 0) + 1));
const perKind = [...counts].map(([k, n]) => `${n} ${k}`).join(', ');
console.log(
  `data/graph.json: OK: ${result.graph.order} nodes (${perKind}), ${result.graph.size} edges, ${Object.keys(docs).length} documents.`,
);
