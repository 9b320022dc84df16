/** The typed graphology graph the whole app works on. */
import type Graph from 'graphology';
import type { EdgeAttributes, NodeAttributes } from './schema';

/** The knowledge graph: directed, typed node and edge attributes. */
export type KnowledgeGraph = Graph<NodeAttributes, EdgeAttributes>;
