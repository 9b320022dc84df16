/**
 * The timeline: every dated node on a time axis, coloured and shaped by kind as in the graph (the
 * legend's glyphs, view/kindStyle.ts). A day is its kind's glyph; a month or a year is a band as
 * wide as it, the glyph at its middle; a start–end span is a bar from its start, the glyph at
 * its start, an open span a paler bar to the axis's end; an uncertain date is hollow and dashed.
 * The period is shaded. It follows the legend filter. It zooms and pans from the whole span
 * (years every few) down to half a year (months named): the wheel or a pinch, a drag, the zoom
 * buttons, or the keys on a mark (+ and − zoom about it, Shift+arrows pan, 0 resets); the axis
 * follows the keyboard. One tab stop: arrow keys move between the marks, Enter focuses the node;
 * the pointer or the keyboard names the mark under the axis.
 */
import { useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { formatNodeDates } from '../../model/formatDates';
import type { KnowledgeGraph } from '../../model/graph';
import { precisionOf, timelineItems, timelineLanes, type TimelineItem } from '../../model/timeline';
import {
  MIN_WINDOW_YEARS,
  clampWindow,
  follow,
  fullWindow,
  panWindow,
  ticksFor,
  toPixels,
  windowWords,
  zoomAbout,
  type TimeWindow,
} from '../../model/timelineScale';
import type { NodeKind } from '../../model/vocabulary';
import { focusNode, type YearSpan } from '../../state/actions';
import { KIND_STYLE } from '../../view/kindStyle';
import type { Act } from '../panelProps';
import { useTimelineZoom } from './useTimelineZoom';

export interface TimelineStripProps {
  graph: KnowledgeGraph;
  hidden: readonly NodeKind[];
  period: readonly [number, number] | null;
  span: YearSpan;
  focused: string | null;
  act: Act;
}

/** A row's height and a glyph's size, in pixels. */
const LANE = 10;
const GLYPH = 9;
const AXIS = 16;
/** A zoom button or key narrows (or widens) the window this much. */
const ZOOM_STEP = 2;

/** The item's dates in words ("13 November 2014", "2015 – 2017", "Since 2006"). */
export function itemDates(graph: KnowledgeGraph, key: string): string {
  return formatNodeDates(graph.getNodeAttributes(key)) ?? '';
}

function Glyph({ kind, cx, top, uncertain }: GlyphProps) {
  const k = KIND_STYLE[kind];
  return (
    <path
      d={k.glyph}
      transform={`translate(${(cx - GLYPH / 2).toFixed(2)} ${top}) scale(${GLYPH / 16})`}
      fill={uncertain ? 'var(--panel)' : k.color}
      stroke={uncertain ? k.color : 'var(--ink)'}
      strokeWidth={uncertain ? 1.6 : 0.8}
      strokeDasharray={uncertain ? '2 1.5' : undefined}
      vectorEffect="non-scaling-stroke"
    />
  );
}

interface GlyphProps {
  kind: NodeKind;
  cx: number;
  top: number;
  uncertain: boolean;
}

function Mark({ item, x, lane }: { item: TimelineItem; x: (y: number) => number; lane: number }) {
  const top = lane * LANE + 1;
  const x0 = x(item.x0);
  const x1 = x(item.x1);
  const wide = x1 - x0 >= GLYPH;
  const band = item.span ? item.open || wide : precisionOf(item.sortDate) !== 'day' && wide;
  const cx = item.span ? x0 + GLYPH / 2 : (x0 + x1) / 2;
  return (
    <>
      {band && (
        <rect
          x={x0}
          y={top + 1.5}
          width={Math.max(1, x1 - x0)}
          height={GLYPH - 3}
          rx={2}
          fill={KIND_STYLE[item.kind].color}
          fillOpacity={item.span ? (item.open ? 0.45 : 0.8) : 0.35}
          stroke="var(--ink)"
          strokeWidth={0.5}
          strokeDasharray={item.uncertain ? '2 1.5' : undefined}
        />
      )}
      <Glyph kind={item.kind} cx={band ? cx : (x0 + x1) / 2} top={top} uncertain={item.uncertain} />
    </>
  );
}

export function TimelineStrip({ graph, hidden, period, span, focused, act }: TimelineStripProps) {
  const all = useMemo(() => timelineItems(graph), [graph]);
  const items = useMemo(() => all.filter((i) => !hidden.includes(i.kind)), [all, hidden]);
  const lanes = useMemo(() => timelineLanes(items, 0.35), [items]);
  const bounds = useMemo(() => fullWindow(span), [span]);
  const [asked, setView] = useState<TimeWindow>(bounds);
  const view = clampWindow(asked, bounds);
  const [active, setActive] = useState(0);
  const [named, setNamed] = useState<string | null>(null);
  const refs = useRef<(SVGGElement | null)[]>([]);
  const svg = useRef<SVGSVGElement>(null);
  const { px, dragged } = useTimelineZoom(svg, bounds, setView);
  const x = (year: number) => toPixels(view, Math.min(year, bounds.end), px);
  const rows = Math.max(1, ...lanes.map((l) => l + 1));
  const height = rows * LANE + AXIS + 2;
  const { unit, ticks } = ticksFor(view, px);
  const centre = (view.start + view.end) / 2;
  const zoom = (factor: number, at = centre) => setView(zoomAbout(view, factor, at, bounds));

  const move = (e: KeyboardEvent, i: number) => {
    const item = items[i];
    if (!item) return;
    const mid = (item.x0 + item.x1) / 2;
    const width = view.end - view.start;
    const keys: Record<string, () => void> = {
      '+': () => zoom(ZOOM_STEP, mid),
      '=': () => zoom(ZOOM_STEP, mid),
      '-': () => zoom(1 / ZOOM_STEP, mid),
      '−': () => zoom(1 / ZOOM_STEP, mid),
      '0': () => setView(bounds),
      Enter: () => act(focusNode(item.key)),
      ' ': () => act(focusNode(item.key)),
    };
    const to =
      e.key === 'ArrowRight'
        ? i + 1
        : e.key === 'ArrowLeft'
          ? i - 1
          : e.key === 'Home'
            ? 0
            : e.key === 'End'
              ? items.length - 1
              : null;
    if (to !== null && e.shiftKey && (e.key === 'ArrowRight' || e.key === 'ArrowLeft')) {
      e.preventDefault();
      setView(panWindow(view, ((to - i) * width) / 5, bounds));
    } else if (to !== null) {
      e.preventDefault();
      const next = Math.max(0, Math.min(items.length - 1, to));
      const reached = items[next];
      setActive(next);
      if (reached) setView(follow(view, reached.x0, Math.max(reached.x0, reached.x1), bounds));
      refs.current[next]?.focus();
    } else if (keys[e.key]) {
      e.preventDefault();
      keys[e.key]?.();
    }
  };
  const name = named
    ? `${graph.getNodeAttribute(named, 'label')} — ${itemDates(graph, named)}`
    : '';
  const shown = windowWords(view, unit);
  const whole = view.start <= bounds.start && view.end >= bounds.end;

  return (
    <div className="timeline">
      <svg
        ref={svg}
        className="timeline__axis"
        width="100%"
        height={height}
        role="group"
        aria-label={`Timeline: ${items.length} dated nodes, ${shown} shown; arrow keys move, + and − zoom, Shift+arrows pan, 0 shows all, Enter focuses`}
      >
        {period && (
          <rect
            className="timeline__period"
            x={x(period[0])}
            y={0}
            width={Math.max(0, x(period[1] + 1) - x(period[0]))}
            height={height - AXIS + 2}
          />
        )}
        {ticks.map((t) => (
          <line
            key={`grid-${t.at}`}
            className={t.major ? 'timeline__grid timeline__grid--major' : 'timeline__grid'}
            x1={x(t.at)}
            x2={x(t.at)}
            y1={0}
            y2={height - AXIS}
            aria-hidden="true"
          />
        ))}
        {items.map((item, i) => (
          <g
            key={item.key}
            ref={(el) => {
              refs.current[i] = el;
            }}
            className={
              item.key === focused ? 'timeline__item timeline__item--focus' : 'timeline__item'
            }
            role="button"
            tabIndex={i === active ? 0 : -1}
            aria-label={`${item.label}, ${itemDates(graph, item.key)}${item.uncertain ? ' (uncertain)' : ''}`}
            onClick={() => {
              if (!dragged()) act(focusNode(item.key));
            }}
            onKeyDown={(e) => move(e, i)}
            onFocus={() => {
              setActive(i);
              setNamed(item.key);
            }}
            onBlur={() => setNamed(null)}
            onPointerEnter={() => setNamed(item.key)}
            onPointerLeave={() => setNamed(null)}
          >
            <Mark item={item} x={x} lane={lanes[i] ?? 0} />
          </g>
        ))}
        {ticks.map((t) => {
          const at = x(t.at);
          return (
            <g key={t.at} aria-hidden="true">
              <line
                x1={at}
                x2={at}
                y1={height - AXIS}
                y2={height - AXIS + (t.major ? 4 : 2)}
                className="timeline__tick"
              />
              {at > 14 && at < px - 14 && (
                <text
                  x={at}
                  y={height - 1}
                  className={t.major ? 'timeline__year' : 'timeline__year timeline__month'}
                >
                  {t.label}
                </text>
              )}
            </g>
          );
        })}
        <line
          x1="0"
          x2="100%"
          y1={height - AXIS}
          y2={height - AXIS}
          className="timeline__tick"
          aria-hidden="true"
        />
      </svg>
      <div className="timeline__foot">
        <p className="timeline__name" aria-hidden="true">
          {name || '\u00a0'}
        </p>
        <p className="timeline__scale" data-unit={unit}>
          {shown}
          <span className="visually-hidden">, by {unit === 'year' ? 'years' : 'months'}</span>
        </p>
        <div className="timeline__zoom" role="group" aria-label="Timeline zoom">
          <button
            type="button"
            aria-label="Zoom timeline out"
            title="Zoom out (−)"
            disabled={whole}
            onClick={() => zoom(1 / ZOOM_STEP)}
          >
            −
          </button>
          <button
            type="button"
            aria-label="Zoom timeline in"
            title="Zoom in (+)"
            disabled={view.end - view.start <= MIN_WINDOW_YEARS + 1e-6}
            onClick={() => zoom(ZOOM_STEP)}
          >
            +
          </button>
          <button
            type="button"
            aria-label="Show the whole timeline"
            title="Whole timeline (0)"
            disabled={whole}
            onClick={() => setView(bounds)}
          >
            Reset
          </button>
        </div>
      </div>
    </div>
  );
}
