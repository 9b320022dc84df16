/**
 * The name of what the pointer is on, beside it: a node's full name and kind, or an edge's
 * relation between its two ends. Shown for every node, faded or not, and for labels the planner
 * left out, so nothing on the canvas is anonymous.
 */
import type { KnowledgeGraph } from '../../model/graph';
import type { HoverTarget } from '../../view/graphAdapter';
import { relationLabel } from '../../model/relationPhrases';
import { KIND_NAMES } from '../../model/kindNames';

export interface GraphTooltipProps {
  graph: KnowledgeGraph;
  target: HoverTarget;
}

/** Pixels between the pointer's target and the tooltip. */
const OFFSET = 14;

export function GraphTooltip({ graph, target }: GraphTooltipProps) {
  const text = describe(graph, target);
  if (!text) return null;
  return (
    <div
      className="graph-tooltip"
      role="tooltip"
      style={{ left: target.x + OFFSET, top: target.y + OFFSET }}
    >
      <strong>{text.title}</strong>
      {text.detail && <span className="graph-tooltip__detail">{text.detail}</span>}
    </div>
  );
}

function describe(
  graph: KnowledgeGraph,
  t: HoverTarget,
): { title: string; detail?: string } | null {
  if (t.group === 'node') {
    // A group row of the focus frame: its own words ("26 actions").
    if (!graph.hasNode(t.id))
      return t.name ? { title: t.name, detail: 'Group: click to open' } : null;
    const a = graph.getNodeAttributes(t.id);
    return { title: a.label, detail: KIND_NAMES[a.kind].one };
  }
  if (!graph.hasEdge(t.id)) return null;
  const label = (key: string) => graph.getNodeAttribute(key, 'label');
  return {
    title: relationLabel(
      graph.getEdgeAttribute(t.id, 'relation'),
      graph.getNodeAttribute(graph.source(t.id), 'kind'),
    ),
    detail: `${label(graph.source(t.id))} → ${label(graph.target(t.id))}`,
  };
}
