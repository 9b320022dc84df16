/** A visually hidden live region that tells screen-reader users which node is focused. */
import type { KnowledgeGraph } from '../model/graph';

export function FocusAnnouncer({ graph, node }: { graph: KnowledgeGraph; node: string | null }) {
  const text =
    node && graph.hasNode(node)
      ? `Focused: ${graph.getNodeAttribute(node, 'label')}, ${graph.neighbors(node).length} neighbours`
      : '';
  return (
    <div className="visually-hidden" role="status" aria-live="polite" aria-atomic="true">
      {text}
    </div>
  );
}
