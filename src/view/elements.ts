/**
 * The pure mapping from the model to Cytoscape element definitions. Built once per graph: view
 * state (focus, filters, highlight) never rebuilds elements, it only toggles classes (see
 * viewClasses.ts). Positions come from a precomputed layout when one is given.
 */
import type { ElementDefinition } from 'cytoscape';
import type { KnowledgeGraph } from '../model/graph';
import type { NodeKind } from '../model/schema';
import { relationLabel } from '../model/relationPhrases';
import { KIND_STYLE } from './kindStyle';
import { textWidth } from './labelFont';
import { shortLabel, shortNames } from './labelTexts';

/** Model positions by node key. */
export type Positions = Readonly<Record<string, { x: number; y: number }>>;

/** Width of a wrapped node label in model pixels, at the kind's font size. */
export const LABEL_WIDTH = 130;

/**
 * Breaks a label into lines at spaces, each line as long as `fits` allows (a word longer than
 * that gets a line of its own). Done here, once per graph, so that Cytoscape measures each line
 * once instead of every word (a large part of its start-up).
 */
export function wrapLabel(text: string, fits: (line: string) => boolean): string {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    const longer = line ? `${line} ${word}` : word;
    if (line && !fits(longer)) {
      lines.push(line);
      line = word;
    } else line = longer;
  }
  if (line) lines.push(line);
  return lines.join('\n');
}

/**
 * The label a node shows on the canvas: cut to MAX_LABEL_CHARS (labelTexts.ts), wrapped to LABEL_WIDTH pixels
 * of its kind's font (the shipped font's widths, see labelFont.ts).
 */
export function nodeLabel(kind: NodeKind, label: string): string {
  const { fontSize, labelBold } = KIND_STYLE[kind];
  return wrapLabel(
    shortLabel(label),
    (line) => textWidth(line, fontSize, labelBold) <= LABEL_WIDTH,
  );
}

/**
 * Every node and edge of the graph as Cytoscape elements. Node data: `id`, `kind`, `label`
 * (short), `full` (whole label), `short` (the aliases that abbreviate it, labelTexts.ts); the class `k-<kind>` selects the kind's style. Edge data:
 * `id`, `source`, `target`, `relation` (words). An inferred node or edge (one with an
 * `inference`) also has `inferred: true` (styled by the `[?inferred]` selector, so view classes
 * never have to keep it).
 */
export function buildElements(graph: KnowledgeGraph, positions?: Positions): ElementDefinition[] {
  const out: ElementDefinition[] = [];
  graph.forEachNode((key, attrs) => {
    const el: ElementDefinition = {
      group: 'nodes',
      data: {
        id: key,
        kind: attrs.kind,
        label: nodeLabel(attrs.kind, attrs.label),
        full: attrs.label,
        short: shortNames(attrs.label, attrs.aliases),
        ...(attrs.inference === undefined ? {} : { inferred: true }),
      },
      classes: `k-${attrs.kind}`,
    };
    const p = positions?.[key];
    if (p) el.position = { x: p.x, y: p.y };
    out.push(el);
  });
  graph.forEachEdge((key, attrs, source, target) => {
    out.push({
      group: 'edges',
      data: {
        id: key,
        source,
        target,
        relation: relationLabel(attrs.relation, graph.getNodeAttribute(source, 'kind')),
        ...(attrs.inference === undefined ? {} : { inferred: true }),
      },
    });
  });
  return out;
}

/** True when `positions` has exactly the graph's node keys (a precomputed layout still fits). */
export function positionsFit(graph: KnowledgeGraph, positions: Positions): boolean {
  const keys = Object.keys(positions);
  return keys.length === graph.order && keys.every((k) => graph.hasNode(k));
}
