/**
 * The dataset `npm run quality` reports on: the embedded one (data/graph.json and data/sources/,
 * read leniently, as an opened dataset is, so a broken quote is listed rather than refusing the
 * data), or files opened through the app's own reader (checkFiles: a JSON bundle, GEXF, GraphML or
 * a nodes and an edges CSV, the columns mapped as the open dialog guesses them).
 */
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { checkFiles, type OpenFile } from '../src/io/open/checkFiles';
import { datasetFrom } from '../src/io/open/openedDataset';
import { loadGraph } from '../src/model/loadGraph';
import type { QualityInput } from '../src/model/qualityReport';
import { readJsonFile } from './readJsonFile';
import { readSourceFiles } from './readSourceFiles';

export type QualityDataset =
  { ok: true; name: string; input: QualityInput } | { ok: false; problem: string };

const moreProblems = (n: number): string =>
  n > 0 ? ` (and ${n} more problem${n === 1 ? '' : 's'})` : '';

/** The embedded dataset of the repository whose data folder is `dataDir`. */
export function embeddedDataset(dataDir: string): QualityDataset {
  const label = 'data/graph.json';
  const file = readJsonFile(join(dataDir, 'graph.json'), label);
  if (!file.ok) return { ok: false, problem: file.problem };
  const { docs } = readSourceFiles(dataDir);
  const loaded = loadGraph(file.value, docs, { open: true });
  if (!loaded.ok) {
    const [first, ...rest] = loaded.problems;
    return {
      ok: false,
      problem: `${label}: ${first?.message ?? 'does not load'}${moreProblems(rest.length)}`,
    };
  }
  return {
    ok: true,
    name: label,
    input: { graph: loaded.graph, sources: docs, setAside: loaded.setAside },
  };
}

/** The dataset of the files at `paths`, read as the app reads a file a person opens. */
export function openedDataset(paths: readonly string[]): QualityDataset {
  const files: OpenFile[] = [];
  for (const path of paths) {
    try {
      files.push({ name: basename(path), bytes: new Uint8Array(readFileSync(path)) });
    } catch (e) {
      return { ok: false, problem: `${path}: could not be read: ${(e as Error).message}` };
    }
  }
  const checked = checkFiles(files, null);
  if (!checked.ok) {
    const [first, ...rest] = checked.problems;
    return {
      ok: false,
      problem: `${first?.message ?? `${paths.join(', ')}: could not be opened`}${moreProblems(rest.length)}`,
    };
  }
  const dataset = datasetFrom(checked.dataset);
  return {
    ok: true,
    name: paths.join(' + '),
    input: { graph: dataset.graph, sources: dataset.sources, setAside: dataset.setAside },
  };
}
