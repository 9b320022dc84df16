/**
 * The embedded graph and built-in stories as the app starts with them. They were validated when
 * the app was built (scripts/embeddedDataPlugin.ts), so the browser only rebuilds the graph from
 * its serialised form: no schema parsing or quote checking on the way to the first paint.
 */
import Graph from 'graphology';
import * as dataset from 'virtual:embedded-dataset';
import type { KnowledgeGraph } from '../model/graph';
import type { StoriesFile } from '../model/storySchema';

export type EmbeddedGraph = { ok: true; graph: KnowledgeGraph } | { ok: false; problems: string[] };

/** A new graph from the validated embedded dataset, or its problems (dev server only). */
export function embeddedGraph(): EmbeddedGraph {
  if (!dataset.graph) return { ok: false, problems: dataset.problems };
  const graph: KnowledgeGraph = new Graph({
    type: 'directed',
    multi: false,
    allowSelfLoops: false,
  });
  graph.import(dataset.graph);
  return { ok: true, graph };
}

/** data/stories.json, validated against the graph. */
export const BUILT_IN_STORIES: StoriesFile = dataset.stories;

/** Problems of data/stories.json (only the dev server serves a file with problems). */
export const BUILT_IN_STORY_PROBLEMS: readonly string[] = dataset.storyProblems;
