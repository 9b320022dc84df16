/**
 * Vite plugin: validates the embedded dataset (data/graph.json against data/sources/, and
 * data/stories.json against the graph) while building, and serves the result as the virtual
 * module `virtual:embedded-dataset`: the graph in graphology's serialised form with the schema's
 * defaults filled, and the typed stories. The browser then builds the graph without re-checking
 * every quote. A production build stops on any problem, naming each; the dev server passes the
 * problems to the page instead, which lists them.
 */
import { join, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { loadGraph } from '../src/model/loadGraph';
import { validateStoriesFile } from '../src/model/storySchema';
import { readJsonFile } from './readJsonFile';
import { readSourceFiles } from './readSourceFiles';

const VIRTUAL_ID = 'virtual:embedded-dataset';
const RESOLVED_ID = `\0${VIRTUAL_ID}`;

/** What the virtual module exports (see src/io/embeddedDataset.d.ts). */
interface EmbeddedDataset {
  graph: unknown;
  problems: string[];
  stories: unknown;
  storyProblems: string[];
}

function readJson(path: string, label: string, problems: string[]): unknown {
  const file = readJsonFile(path, label);
  if (file.ok) return file.value;
  problems.push(file.problem);
  return null;
}

/** Validates the data folder; every problem is a line naming its file and place. */
export function validateDataFolder(dataDir: string): { dataset: EmbeddedDataset; files: string[] } {
  const { docs, files: sourceFiles } = readSourceFiles(dataDir);
  const graphPath = join(dataDir, 'graph.json');
  const storiesPath = join(dataDir, 'stories.json');
  const problems: string[] = [];
  const storyProblems: string[] = [];
  const rawGraph = readJson(graphPath, 'data/graph.json', problems);
  const loaded = problems.length === 0 ? loadGraph(rawGraph, docs) : null;
  if (loaded && !loaded.ok)
    problems.push(...loaded.problems.map((p) => `data/graph.json: ${p.message}`));
  const graph = loaded?.ok ? loaded.graph : null;

  let stories: unknown = { version: 1, stories: [] };
  const rawStories = readJson(storiesPath, 'data/stories.json', storyProblems);
  if (storyProblems.length === 0) {
    const checked = validateStoriesFile(
      rawStories,
      graph ? { hasNode: (k) => graph.hasNode(k) } : undefined,
    );
    if (checked.ok) stories = checked.file;
    else storyProblems.push(...checked.problems.map((p) => `data/stories.json: ${p.message}`));
  }
  return {
    dataset: { graph: graph ? graph.export() : null, problems, stories, storyProblems },
    files: [graphPath, storiesPath, ...sourceFiles],
  };
}

/** JSON embedded as a string: V8 parses JSON.parse('…') faster than the same object literal. */
const jsonLiteral = (value: unknown) => `JSON.parse(${JSON.stringify(JSON.stringify(value))})`;

/**
 * The source of the virtual module for `dataDir`, and the files it was read from. With
 * `failOnProblems` (a production build), any problem throws one error listing them all.
 */
export function datasetModule(
  dataDir: string,
  { failOnProblems }: { failOnProblems: boolean },
): { code: string; files: string[] } {
  const { dataset, files } = validateDataFolder(dataDir);
  const all = [...dataset.problems, ...dataset.storyProblems];
  if (failOnProblems && all.length > 0)
    throw new Error(`the embedded dataset has ${all.length} problem(s):\n${all.join('\n')}`);
  const code = Object.entries(dataset)
    .map(([name, value]) => `export const ${name} = ${jsonLiteral(value)};`)
    .join('\n');
  return { code, files };
}

export function embeddedDataPlugin(dataDir = resolve('data')): Plugin {
  let isBuild = false;
  return {
    name: 'embedded-dataset',
    configResolved(config) {
      isBuild = config.command === 'build';
    },
    resolveId(id) {
      return id === VIRTUAL_ID ? RESOLVED_ID : null;
    },
    load(id) {
      if (id !== RESOLVED_ID) return null;
      try {
        const { code, files } = datasetModule(dataDir, { failOnProblems: isBuild });
        for (const f of files) this.addWatchFile(f);
        return code;
      } catch (e) {
        return this.error(e instanceof Error ? e.message : String(e));
      }
    },
  };
}
