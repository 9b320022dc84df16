// Builds small hand-made knowledge graphs for tests: nodes and edges with a fixed fixture source,
// edge keys in the data's `<source>-><relation>-><target>` form.
import Graph from 'graphology';
import type { KnowledgeGraph } from '../../src/model/graph';
import type { NodeKind, Relation } from '../../src/model/schema';

const SRC = [{ doc: 'fixture', section: '1', quote: 'fixture' }];

export interface GraphBuilder {
  graph: KnowledgeGraph;
  node(key: string, kind: NodeKind, label: string): void;
  edge(source: string, relation: Relation, target: string): void;
}

/** An empty directed graph with `node` and `edge` helpers. */
export function graphBuilder(): GraphBuilder {
  const graph: KnowledgeGraph = new Graph({
    type: 'directed',
    multi: false,
    allowSelfLoops: false,
  });
  return {
    graph,
    node(key, kind, label) {
      graph.addNode(key, { kind, label, aliases: [], description: '', sources: SRC });
    },
    edge(source, relation, target) {
      graph.addEdgeWithKey(`${source}->${relation}->${target}`, source, target, {
        relation,
        sources: SRC,
      });
    },
  };
}
