/**
 * The legend, which is also the kind filter: one toggle button per kind (its shape, colour and
 * count); pressed means shown. Hidden kinds go to `state.hidden` (and the URL's `hide=`).
 * Its last toggle is the inferred links (drawn dashed): unpressed shows stated facts only
 * (`state.stated`, `stated=1`). During a document comparison it also explains the comparison
 * colours. It folds away so that it does not cover the graph.
 */
import { useId, useMemo, useState } from 'react';
import type { KnowledgeGraph } from '../../model/graph';
import { NODE_KINDS, type NodeKind } from '../../model/vocabulary';
import { COMPARE_STYLE, KIND_STYLE } from '../../view/kindStyle';
import type { Act } from '../panelProps';
import { showStatedOnly, toggleKind } from '../../state/actions';

export interface GraphLegendProps {
  graph: KnowledgeGraph;
  hidden: readonly NodeKind[];
  /** Stated facts only: inferred links hidden. */
  statedOnly: boolean;
  act: Act;
  /** A document comparison is shown (adds its colour key). */
  compare: boolean;
}

/** A kind's glyph as a small inline SVG (the same shape as on the canvas). */
export function KindGlyph({ kind }: { kind: NodeKind }) {
  const k = KIND_STYLE[kind];
  return (
    <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <path d={k.glyph} fill={k.color} stroke="currentColor" strokeWidth="0.6" />
    </svg>
  );
}

/** A dashed line: how the canvas draws an inferred link. */
function InferredGlyph() {
  return (
    <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <path d="M1 8h14" stroke="currentColor" strokeWidth="1.6" strokeDasharray="3.5 2.5" />
    </svg>
  );
}

/** Screens on which the legend starts folded. */
const FOLDED_AT_FIRST = '(max-height: 560px), (max-width: 640px)';

export function GraphLegend({ graph, hidden, statedOnly, act, compare }: GraphLegendProps) {
  const counts = useMemo(() => {
    const c = new Map<NodeKind, number>();
    graph.forEachNode((_k, a) => c.set(a.kind, (c.get(a.kind) ?? 0) + 1));
    return c;
  }, [graph]);
  const inferred = useMemo(
    () =>
      graph.filterEdges((_e, a) => a.inference !== undefined).length +
      graph.filterNodes((_k, a) => a.inference !== undefined).length,
    [graph],
  );
  const toggle = (kind: NodeKind) => act(toggleKind(kind));

  // Folded at first on short or narrow screens (200% zoom, phones): it would cover the graph.
  const [open, setOpen] = useState(() => !window.matchMedia?.(FOLDED_AT_FIRST).matches);
  const listId = useId();

  return (
    <div className="graph-legend" role="group" aria-label="Legend: show or hide kinds">
      <button
        type="button"
        className="graph-legend__toggle"
        aria-expanded={open}
        aria-controls={listId}
        onClick={() => setOpen(!open)}
      >
        Legend{hidden.length > 0 ? ` (${hidden.length} hidden)` : ''}
        {statedOnly ? ' (stated facts only)' : ''}
      </button>
      <ul id={listId} hidden={!open}>
        {NODE_KINDS.filter((kind) => (counts.get(kind) ?? 0) > 0).map((kind) => {
          const shown = !hidden.includes(kind);
          return (
            <li key={kind}>
              <button
                type="button"
                aria-pressed={shown}
                title={`${shown ? 'Hide' : 'Show'} ${KIND_STYLE[kind].legend.toLowerCase()}`}
                onClick={() => toggle(kind)}
              >
                <KindGlyph kind={kind} />
                <span className="graph-legend__label">{KIND_STYLE[kind].legend}</span>
                <span className="graph-legend__count">{counts.get(kind)}</span>
              </button>
            </li>
          );
        })}
        {inferred > 0 && (
          <li>
            <button
              type="button"
              aria-pressed={!statedOnly}
              title={
                statedOnly
                  ? 'Show inferred links'
                  : 'Hide inferred links: show what the sources state only'
              }
              onClick={() => act(showStatedOnly(!statedOnly))}
            >
              <InferredGlyph />
              <span className="graph-legend__label">Inferred links</span>
              <span className="graph-legend__count">{inferred}</span>
            </button>
          </li>
        )}
      </ul>
      {open && compare && (
        <ul className="graph-legend__compare" aria-label="Comparison colours">
          {Object.entries(COMPARE_STYLE).map(([which, c]) => (
            <li key={which}>
              <span className="graph-legend__swatch" style={{ background: c.color }} />
              {c.legend}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
