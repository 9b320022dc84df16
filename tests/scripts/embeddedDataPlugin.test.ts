// The build-time validation of the embedded dataset: problems stop a build, naming their place.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { datasetModule, validateDataFolder } from '../../scripts/embeddedDataPlugin';

const dirs: string[] = [];
/** A copy of data/ to break. */
function dataCopy(): string {
  const dir = mkdtempSync(join(tmpdir(), 'dataset-'));
  dirs.push(dir);
  cpSync(resolve('data'), dir, { recursive: true });
  return dir;
}
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function editJson(path: string, edit: (json: { [k: string]: unknown }) => void): void {
  const json = JSON.parse(readFileSync(path, 'utf8')) as { [k: string]: unknown };
  edit(json);
  writeFileSync(path, JSON.stringify(json));
}

describe('validateDataFolder', () => {
  it('accepts the real data and lists every file it read (for the dev server to watch)', () => {
    const { dataset, files } = validateDataFolder(resolve('data'));
    expect(dataset.problems).toEqual([]);
    expect(dataset.storyProblems).toEqual([]);
    expect(files.map((f) => f.replace(/^.*[/\\]data[/\\]/, ''))).toEqual(
      expect.arrayContaining(['graph.json', 'stories.json', join('sources', 'public-facts.md')]),
    );
  });

  it('names a misquoted citation', () => {
    const dir = dataCopy();
    editJson(join(dir, 'graph.json'), (g) => {
      const node = (g.nodes as { attributes: { sources: { quote: string }[] } }[])[0];
      if (!node?.attributes.sources[0]) throw new Error('fixture: first node has no source');
      node.attributes.sources[0].quote = 'words that appear in no document at all';
    });
    const { dataset } = validateDataFolder(dir);
    expect(dataset.graph).toBeNull();
    expect(dataset.problems.join('\n')).toMatch(/^data\/graph\.json: .*quote/m);
  });

  it('names a story focus that is no node of the graph', () => {
    const dir = dataCopy();
    editJson(join(dir, 'stories.json'), (s) => {
      const story = (s.stories as { steps: { focus: string[] }[] }[])[0];
      if (!story?.steps[0]) throw new Error('fixture: first story has no step');
      story.steps[0].focus = ['no-such-node'];
    });
    const { dataset } = validateDataFolder(dir);
    expect(dataset.graph).not.toBeNull();
    expect(dataset.storyProblems.join('\n')).toMatch(/data\/stories\.json: .*no-such-node/);
  });

  it('reports a file that is not JSON with its line and column', () => {
    const dir = dataCopy();
    writeFileSync(join(dir, 'graph.json'), '{ "nodes": [');
    const { dataset } = validateDataFolder(dir);
    expect(dataset.problems).toEqual([
      'data/graph.json: not valid JSON: unexpected end of the file at line 1, column 13',
    ]);
  });
});

describe('datasetModule', () => {
  it('stops a production build on any problem, listing them', () => {
    const dir = dataCopy();
    writeFileSync(join(dir, 'stories.json'), '[]');
    expect(() => datasetModule(dir, { failOnProblems: true })).toThrow(
      /embedded dataset has 1 problem\(s\):\ndata\/stories\.json: /,
    );
  });

  it('lets the dev server serve the problems to the page instead', () => {
    const dir = dataCopy();
    writeFileSync(join(dir, 'stories.json'), '[]');
    const { code } = datasetModule(dir, { failOnProblems: false });
    expect(code).toMatch(/^export const storyProblems = JSON\.parse\(.*stories\.json/m);
  });

  it('exports the validated graph as JSON text', () => {
    const { code } = datasetModule(resolve('data'), { failOnProblems: true });
    const graphLine = code.split('\n').find((l) => l.startsWith('export const graph = '));
    const literal = graphLine?.replace(/^export const graph = JSON\.parse\((.*)\);$/, '$1');
    const graph = JSON.parse(JSON.parse(literal ?? '""') as string) as { nodes: unknown[] };
    expect(graph.nodes.length).toBeGreaterThan(100);
  });
});
