// The graph the app starts from (validated at build time) is the graph loadGraph makes of the files.
import { describe, expect, it } from 'vitest';
import { EMBEDDED_GRAPH, EMBEDDED_SOURCES } from '../../src/io/embedded';
import {
  BUILT_IN_STORIES,
  BUILT_IN_STORY_PROBLEMS,
  embeddedGraph,
} from '../../src/io/embeddedGraph';
import { loadGraph } from '../../src/model/loadGraph';
import { validateStoriesFile } from '../../src/model/storySchema';
import storiesJson from '../../data/stories.json';

describe('embeddedGraph', () => {
  it('equals, node for node and edge for edge, the graph loadGraph builds from data/', () => {
    const loaded = loadGraph(EMBEDDED_GRAPH, EMBEDDED_SOURCES);
    const embedded = embeddedGraph();
    if (!loaded.ok || !embedded.ok) throw new Error('the embedded dataset should load');
    expect(embedded.graph.export()).toEqual(loaded.graph.export());
    expect(embedded.graph.type).toBe('directed');
    expect(embedded.graph.multi).toBe(false);
  });

  it('fills the schema defaults (every node has aliases and a description)', () => {
    const embedded = embeddedGraph();
    if (!embedded.ok) throw new Error('the embedded dataset should load');
    embedded.graph.forEachNode((_k, a) => {
      expect(Array.isArray(a.aliases)).toBe(true);
      expect(typeof a.description).toBe('string');
    });
  });

  it('gives a new graph each time, so a caller may change its own', () => {
    const a = embeddedGraph();
    const b = embeddedGraph();
    if (!a.ok || !b.ok) throw new Error('the embedded dataset should load');
    expect(a.graph).not.toBe(b.graph);
  });

  it('ships the built-in stories validated against the graph', () => {
    const loaded = loadGraph(EMBEDDED_GRAPH, EMBEDDED_SOURCES);
    if (!loaded.ok) throw new Error('the embedded dataset should load');
    const checked = validateStoriesFile(storiesJson, { hasNode: (k) => loaded.graph.hasNode(k) });
    if (!checked.ok) throw new Error('data/stories.json should be valid');
    expect(BUILT_IN_STORY_PROBLEMS).toEqual([]);
    expect(BUILT_IN_STORIES).toEqual(checked.file);
  });
});
