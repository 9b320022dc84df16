// Types of the virtual module served by scripts/embeddedDataPlugin.ts (validated at build time).
declare module 'virtual:embedded-dataset' {
  import type { SerializedGraph } from 'graphology-types';
  import type { EdgeAttributes, NodeAttributes } from '../model/schema';
  import type { StoriesFile } from '../model/storySchema';

  /** data/graph.json, validated, in graphology's serialised form; null when it has problems. */
  export const graph: SerializedGraph<NodeAttributes, EdgeAttributes> | null;
  /** Each problem of data/graph.json (only the dev server serves a dataset with problems). */
  export const problems: string[];
  /** data/stories.json, validated against the graph (an empty file when it has problems). */
  export const stories: StoriesFile;
  export const storyProblems: string[];
}
