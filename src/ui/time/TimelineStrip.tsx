/**
 * The timeline: every dated node on a year axis, coloured by kind as in the graph (a day or a
 * month (or a meeting of a few days) is a dot, a year a band as wide as the year, a start–end span
 * a bar, an open span a bar
 * that fades to the axis's end, an uncertain date dashed), the period shaded. It follows the
 * legend filter. One tab stop: arrow keys move between the items, Enter focuses the node; the
 * pointer or the keyboard names the item under the axis.
 */
import { useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { formatNodeDates } from '../../model/formatDates';
import type { KnowledgeGraph } from '../../model/graph';
import { precisionOf, timelineItems, timelineLanes, type TimelineItem } from '../../model/timeline';
import type { NodeKind } from '../../model/vocabulary';
import { focusNode, type YearSpan } from '../../state/actions';
import { KIND_STYLE } from '../../view/kindStyle';
import type { Act } from '../panelProps';

export interface TimelineStripProps {
  graph: KnowledgeGraph;
  hidden: readonly NodeKind[];
  period: readonly [number, number] | null;
  span: YearSpan;
  focused: string | null;
  act: Act;
}

const LANE = 8;
/** A span shorter than this (years) is drawn as a dot: a meeting over two days. */
const DOT_SPAN = 0.1;
const AXIS = 16;

/** The item's dates in words ("13 November 2014", "2015 – 2017", "Since 2006"). */
export function itemDates(graph: KnowledgeGraph, key: string): string {
  return formatNodeDates(graph.getNodeAttributes(key)) ?? '';
}

/** A percentage of the axis's width, as an SVG length. */
const pc = (n: number) => `${n.toFixed(3)}%`;

function Mark({ item, x, lane }: { item: TimelineItem; x: (y: number) => number; lane: number }) {
  const colour = KIND_STYLE[item.kind].color;
  const y = lane * LANE + 2;
  const dash = item.uncertain ? '2 1.5' : undefined;
  const whole = !item.span && precisionOf(item.sortDate) === 'year';
  const bar = item.span && (item.open || item.x1 - item.x0 >= DOT_SPAN);
  if (bar || whole)
    return (
      <rect
        x={pc(x(item.x0))}
        y={y}
        width={pc(x(item.x1) - x(item.x0))}
        height={LANE - 3}
        rx={2}
        fill={colour}
        fillOpacity={whole ? 0.45 : item.open ? 0.6 : 0.9}
        stroke="#1b2330"
        strokeWidth={0.6}
        strokeDasharray={dash}
      />
    );
  return (
    <circle
      cx={pc(x((item.x0 + item.x1) / 2))}
      cy={y + (LANE - 3) / 2}
      r={3.2}
      fill={colour}
      stroke="#1b2330"
      strokeWidth={0.6}
      strokeDasharray={dash}
    />
  );
}

export function TimelineStrip({ graph, hidden, period, span, focused, act }: TimelineStripProps) {
  const all = useMemo(() => timelineItems(graph), [graph]);
  const items = useMemo(() => all.filter((i) => !hidden.includes(i.kind)), [all, hidden]);
  const lanes = useMemo(() => timelineLanes(items, 0.35), [items]);
  const [active, setActive] = useState(0);
  const [named, setNamed] = useState<string | null>(null);
  const refs = useRef<(SVGGElement | null)[]>([]);
  const start = span[0];
  const width = span[1] + 1 - span[0];
  const x = (year: number) => ((Math.min(year, span[1] + 1) - start) / width) * 100;
  const rows = Math.max(1, ...lanes.map((l) => l + 1));
  const height = rows * LANE + AXIS + 4;
  const ticks: number[] = [];
  for (let y = Math.ceil(start / 5) * 5; y <= span[1]; y += 5) ticks.push(y);

  const move = (e: KeyboardEvent, i: number) => {
    const next =
      e.key === 'ArrowRight'
        ? i + 1
        : e.key === 'ArrowLeft'
          ? i - 1
          : e.key === 'Home'
            ? 0
            : e.key === 'End'
              ? items.length - 1
              : null;
    if (next !== null) {
      e.preventDefault();
      const to = Math.max(0, Math.min(items.length - 1, next));
      setActive(to);
      refs.current[to]?.focus();
    } else if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      const item = items[i];
      if (item) act(focusNode(item.key));
    }
  };
  const name = named
    ? `${graph.getNodeAttribute(named, 'label')} — ${itemDates(graph, named)}`
    : '';

  return (
    <div className="timeline">
      <svg
        className="timeline__axis"
        width="100%"
        height={height}
        role="group"
        aria-label={`Timeline: ${items.length} dated nodes; arrow keys move, Enter focuses`}
      >
        {period && (
          <rect
            className="timeline__period"
            x={pc(x(period[0]))}
            y={0}
            width={pc(x(period[1] + 1) - x(period[0]))}
            height={height - AXIS + 2}
          />
        )}
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
            onClick={() => act(focusNode(item.key))}
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
        {ticks.map((y) => (
          <g key={y} aria-hidden="true">
            <line
              x1={pc(x(y))}
              x2={pc(x(y))}
              y1={height - AXIS}
              y2={height - AXIS + 4}
              stroke="#5a6472"
            />
            <text x={pc(x(y))} y={height - 2} className="timeline__year">
              {y}
            </text>
          </g>
        ))}
        <line
          x1="0"
          x2="100%"
          y1={height - AXIS}
          y2={height - AXIS}
          stroke="#5a6472"
          aria-hidden="true"
        />
      </svg>
      <p className="timeline__name" aria-hidden="true">
        {name || '\u00a0'}
      </p>
    </div>
  );
}
