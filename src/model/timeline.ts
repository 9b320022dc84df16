/**
 * Time in the graph: each node's extent in years, what existed in a period, and what changed
 * between two years, each change with the date and the quote that dates it.
 *
 * The rule for a node's extent (also in the README, "Time"):
 * - `start`/`end`: from the start's year (or the `date`'s when there is no start) to the end's
 *   year; no end means it still exists.
 * - only a `date`: an event is held that year (from and to are the date's year); anything else
 *   (a declaration, a forum, an organization, a project) exists from its date on. An event is
 *   held, never "ended" (a meeting over two days is not a span that ends).
 * - undated actions exist from the earliest date of the declarations that set them out, and
 *   end when the last of them ends (an action of a work plan ends with the plan).
 * - every other undated node (crime areas, countries, most organizations) is timeless: it exists
 *   in every period.
 * Periods are whole years, both ends included: [2004, 2010] is 2004 up to the end of 2010.
 */
import type { KnowledgeGraph } from './graph';
import type { NodeAttributes, Source } from './schema';
import type { NodeKind } from './vocabulary';

/** A period of whole years, both included: [from, to], from ≤ to. */
export type Period = readonly [number, number];

export interface TimeExtent {
  /** First year it exists; null: always has. */
  from: number | null;
  /** Last year it exists; null: it still does. */
  to: number | null;
  /** An event: held, not in force (its end is not a change). */
  momentary: boolean;
  /** The ISO date that dates its beginning (its own, or its declaration's), if any. */
  since: string | null;
  /** The ISO date that dates its end, if any. */
  until: string | null;
  /** For an undated action: the declaration whose date it takes. */
  via: string | null;
}

const TIMELESS: TimeExtent = {
  from: null,
  to: null,
  momentary: false,
  since: null,
  until: null,
  via: null,
};

/** The year of an ISO date (2014-11-12 → 2014). */
export function yearOf(iso: string): number {
  return Number(iso.slice(0, 4));
}

/** The extent a node's own dates give it, or null when it has none. */
export function ownExtent(
  a: Pick<NodeAttributes, 'kind' | 'date' | 'start' | 'end'>,
): TimeExtent | null {
  const since = a.start ?? a.date ?? null;
  const until = a.end ?? null;
  if (since === null && until === null) return null;
  const momentary = a.kind === 'event';
  const extent: TimeExtent = {
    from: since === null ? null : yearOf(since),
    to: until !== null ? yearOf(until) : momentary && since !== null ? yearOf(since) : null,
    momentary,
    since,
    until,
    via: null,
  };
  return extent;
}

/** An undated action's extent from the declarations that set it out. */
function actionExtent(graph: KnowledgeGraph, key: string): TimeExtent | null {
  let best: TimeExtent | null = null;
  let to: number | null = -Infinity;
  for (const edge of graph.inEdges(key)) {
    if (graph.getEdgeAttribute(edge, 'relation') !== 'sets_out') continue;
    const source = graph.source(edge);
    const own = ownExtent(graph.getNodeAttributes(source));
    if (own === null || own.from === null) continue;
    if (best === null || best.from === null || own.from < best.from)
      best = { ...own, momentary: false, until: null, via: source };
    if (to !== null) to = own.to === null ? null : Math.max(to, own.to);
  }
  if (best === null) return null;
  return { ...best, to: to === -Infinity ? null : to };
}

const extents = new WeakMap<KnowledgeGraph, ReadonlyMap<string, TimeExtent>>();

/** Every node's extent by the rule above, computed once per graph. */
export function timeExtents(graph: KnowledgeGraph): ReadonlyMap<string, TimeExtent> {
  const cached = extents.get(graph);
  if (cached) return cached;
  const out = new Map<string, TimeExtent>();
  graph.forEachNode((key, a) => {
    const own = ownExtent(a);
    const derived = own ?? (a.kind === 'action' ? actionExtent(graph, key) : null);
    out.set(key, derived ?? TIMELESS);
  });
  extents.set(graph, out);
  return out;
}

/** Whether an extent overlaps a period. */
export function overlaps(extent: TimeExtent, [from, to]: Period): boolean {
  return (extent.from === null || extent.from <= to) && (extent.to === null || extent.to >= from);
}

/** Whether a node existed at some time in the period. */
export function existsIn(graph: KnowledgeGraph, key: string, period: Period): boolean {
  const extent = timeExtents(graph).get(key);
  return extent === undefined ? false : overlaps(extent, period);
}

/** The keys of the nodes that existed in the period. */
export function existingIn(graph: KnowledgeGraph, period: Period): Set<string> {
  const out = new Set<string>();
  for (const [key, extent] of timeExtents(graph)) if (overlaps(extent, period)) out.add(key);
  return out;
}

const outOfPeriods = new WeakMap<KnowledgeGraph, Map<string, ReadonlySet<string>>>();

/**
 * The keys of the nodes that did not exist in the period; null for no period (all exist). One set
 * per graph and period, so that the same period gives the same set (a scene part unchanged).
 */
export function outOfPeriod(
  graph: KnowledgeGraph,
  period: Period | null,
): ReadonlySet<string> | null {
  if (period === null) return null;
  let byPeriod = outOfPeriods.get(graph);
  if (!byPeriod) outOfPeriods.set(graph, (byPeriod = new Map()));
  const key = `${period[0]}-${period[1]}`;
  const known = byPeriod.get(key);
  if (known) return known;
  const out = new Set<string>();
  for (const [node, extent] of timeExtents(graph)) if (!overlaps(extent, period)) out.add(node);
  byPeriod.set(key, out);
  return out;
}

/** A period as a presenter shows it: "2004–2014", or "2010" for one year. */
export function periodText([from, to]: Period): string {
  return from === to ? String(from) : `${from}–${to}`;
}

/** The first and last years any node's dates name (its own or its declaration's). */
export function dataYears(graph: KnowledgeGraph): Period {
  let min = Infinity;
  let max = -Infinity;
  for (const e of timeExtents(graph).values()) {
    for (const y of [e.from, e.to]) {
      if (y === null) continue;
      min = Math.min(min, y);
      max = Math.max(max, y);
    }
  }
  return min === Infinity ? [0, 0] : [min, max];
}

/** The source whose quote names the date's year (the one that dates it), else the first. */
export function datingSource(sources: readonly Source[], iso: string): Source | undefined {
  const year = iso.slice(0, 4);
  return sources.find((s) => s.quote.includes(year)) ?? sources[0];
}

/** One node that appeared or ended between two years. */
export interface TimeChange {
  key: string;
  label: string;
  kind: NodeKind;
  /** The ISO date of the change (its own, or its declaration's for an action). */
  date: string;
  /** The quote that states the date. */
  source: Source | undefined;
  /** For an action: the declaration that dates it. */
  via: string | null;
}

export interface Changes {
  appeared: TimeChange[];
  ended: TimeChange[];
}

function changeOf(graph: KnowledgeGraph, key: string, date: string, via: string | null) {
  const a = graph.getNodeAttributes(key);
  const sources = via ? graph.getNodeAttribute(via, 'sources') : a.sources;
  const change: TimeChange = {
    key,
    label: a.label,
    kind: a.kind,
    date,
    source: datingSource(sources, date),
    via,
  };
  return change;
}

const byDate = (x: TimeChange, y: TimeChange) =>
  x.date.localeCompare(y.date) || x.label.localeCompare(y.label);

/**
 * What changed after year `a` up to year `b` (a < b; swapped when not): what appeared (its first
 * year in (a, b]) and what ended (its last year in [a, b); events held once are not "ended").
 */
export function changesBetween(graph: KnowledgeGraph, a: number, b: number): Changes {
  const [lo, hi] = a <= b ? [a, b] : [b, a];
  const appeared: TimeChange[] = [];
  const ended: TimeChange[] = [];
  for (const [key, e] of timeExtents(graph)) {
    if (e.from !== null && e.since !== null && e.from > lo && e.from <= hi)
      appeared.push(changeOf(graph, key, e.since, e.via));
    if (!e.momentary && e.to !== null && e.to >= lo && e.to < hi)
      ended.push(changeOf(graph, key, e.until ?? e.since ?? String(e.to), e.via));
  }
  return { appeared: appeared.sort(byDate), ended: ended.sort(byDate) };
}

/** Where an ISO date falls on a year axis: its start (2014-11 → 2014.83) or its end (→ 2014.92). */
export function yearPosition(iso: string, edge: 'start' | 'end'): number {
  const [y, m, d] = iso.split('-').map(Number);
  const year = y ?? 0;
  const add = edge === 'end' ? 1 : 0;
  if (m === undefined) return year + add;
  if (d === undefined) return year + (m - 1 + add) / 12;
  const dayOfYear = (Date.UTC(year, m - 1, d) - Date.UTC(year, 0, 1)) / 86_400_000;
  return year + (dayOfYear + add) / 365;
}

/** The precision of an ISO date. */
export function precisionOf(iso: string): 'year' | 'month' | 'day' {
  const parts = iso.split('-').length;
  return parts === 1 ? 'year' : parts === 2 ? 'month' : 'day';
}

/** One node the timeline draws: its own dates only. */
export interface TimelineItem {
  key: string;
  label: string;
  kind: NodeKind;
  /** Where it starts and ends on the year axis (a point spans its precision: 2014 is one year). */
  x0: number;
  x1: number;
  /** A span (start/end) rather than a date. */
  span: boolean;
  /** Open-ended span (a start, no end). */
  open: boolean;
  uncertain: boolean;
  /** The first ISO date, for sorting and words. */
  sortDate: string;
}

/** Every node with dates of its own, in date order. */
export function timelineItems(graph: KnowledgeGraph): TimelineItem[] {
  const out: TimelineItem[] = [];
  graph.forEachNode((key, a) => {
    const first = a.start ?? a.date;
    const span = a.start !== undefined || a.end !== undefined;
    if (first === undefined && a.end === undefined) return;
    const startIso = first ?? a.end ?? '';
    out.push({
      key,
      label: a.label,
      kind: a.kind,
      x0: yearPosition(startIso, 'start'),
      x1: yearPosition(a.end ?? startIso, 'end'),
      span,
      open: span && a.end === undefined,
      uncertain: a.confidence === 'uncertain',
      sortDate: startIso,
    });
  });
  return out.sort((x, y) => x.sortDate.localeCompare(y.sortDate) || x.label.localeCompare(y.label));
}

/**
 * Rows for the timeline: each item in the first row where it overlaps nothing, every item at
 * least `minWidth` years wide (a day is drawn as a point with room around it).
 */
export function timelineLanes(items: readonly TimelineItem[], minWidth: number): number[] {
  const ends: number[] = [];
  return items.map((item) => {
    const x1 = Math.max(item.x1, item.x0 + minWidth);
    let lane = ends.findIndex((end) => end <= item.x0);
    if (lane === -1) lane = ends.push(x1) - 1;
    else ends[lane] = x1;
    return lane;
  });
}
