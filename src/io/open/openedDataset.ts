/**
 * What checking a file gives back: a dataset in plain data (it crosses from the worker to the
 * page by structured clone), and the page's rebuilding of its graph. The checks ran in the
 * worker, so rebuilding only imports the serialised graph.
 */
import Graph from 'graphology';
import type { SerializedGraph } from 'graphology-types';
import type { Dataset, NodePositions } from '../../model/datasetBundle';
import type { LoadProblem } from '../../model/loadProblems';
import type { KnowledgeGraph } from '../../model/graph';
import type { EdgeAttributes, NodeAttributes } from '../../model/schema';
import type { Story } from '../../model/storySchema';

export interface SerializedDataset {
  id: string;
  name: string;
  graph: SerializedGraph<NodeAttributes, EdgeAttributes>;
  sources: Record<string, string>;
  stories: Story[];
  positions: NodePositions | null;
  /** The dangling edges left out of the graph (Dataset.setAside); absent in older stores. */
  setAside?: LoadProblem[];
}

/** A new graph of the app's type from its serialised form. */
export function graphFrom(
  serialized: SerializedGraph<NodeAttributes, EdgeAttributes>,
): KnowledgeGraph {
  const graph: KnowledgeGraph = new Graph({
    type: 'directed',
    multi: false,
    allowSelfLoops: false,
  });
  graph.import(serialized);
  return graph;
}

export function datasetFrom(s: SerializedDataset): Dataset {
  return {
    id: s.id,
    name: s.name,
    graph: graphFrom(s.graph),
    sources: s.sources,
    stories: s.stories,
    positions: s.positions,
    ...(s.setAside ? { setAside: s.setAside } : {}),
  };
}

/** A dataset in plain data (to store or send). */
export function serializeDataset(d: Dataset): SerializedDataset {
  return {
    id: d.id,
    name: d.name,
    graph: d.graph.export(),
    sources: { ...d.sources },
    stories: d.stories,
    positions: d.positions,
    ...(d.setAside ? { setAside: [...d.setAside] } : {}),
  };
}
