/**
 * fcose positions computed in a Web Worker (layoutWorker.ts), used only when data/layout.json
 * does not fit the graph: the main thread stays free while the layout runs.
 */
import type { KnowledgeGraph } from '../model/graph';
import type { Positions } from './elements';
import type { LayoutInput } from './fcoseLayout';
import { createLayoutWorker } from './createLayoutWorker';

export function fcoseInWorker(graph: KnowledgeGraph): Promise<Positions> {
  const input: LayoutInput = {
    nodes: graph.mapNodes((id, a) => ({ id, kind: a.kind, label: a.label })),
    edges: graph.mapEdges((id, _a, source, target) => ({ id, source, target })),
  };
  return new Promise((resolve, reject) => {
    const worker = createLayoutWorker();
    worker.onmessage = (e: MessageEvent<Positions>) => {
      worker.terminate();
      resolve(e.data);
    };
    worker.onerror = (e) => {
      worker.terminate();
      reject(new Error(`layout worker: ${e.message}`));
    };
    worker.postMessage(input);
  });
}
