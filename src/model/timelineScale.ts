/**
 * The timeline's scale: which stretch of years is on show (a window on the year axis, in
 * fractional years: 2014.5 is the middle of 2014), zooming about a point, panning, clamping to
 * the data's years, and the ticks a window of a given width in pixels gets — years (every 1, 2,
 * 5 or 10) from decades down to a few years, months once a year is wide enough to name them.
 */

/** The visible stretch of the year axis: [start, end) in fractional years, start < end. */
export interface TimeWindow {
  readonly start: number;
  readonly end: number;
}

/** The narrowest window: half a year, so a month is a sixth of the axis. */
export const MIN_WINDOW_YEARS = 0.5;

/** The whole axis for a span of whole years (both included): [from, to + 1). */
export function fullWindow(span: readonly [number, number]): TimeWindow {
  return { start: span[0], end: span[1] + 1 };
}

/**
 * The window kept inside `bounds`, no narrower than MIN_WINDOW_YEARS and no wider than the
 * bounds: a window that runs off one end slides back in, keeping its width.
 */
export function clampWindow(w: TimeWindow, bounds: TimeWindow): TimeWindow {
  const most = bounds.end - bounds.start;
  const width = Math.min(most, Math.max(Math.min(MIN_WINDOW_YEARS, most), w.end - w.start));
  const start = Math.min(bounds.end - width, Math.max(bounds.start, w.start));
  return { start, end: start + width };
}

/**
 * Zooms by `factor` (above 1 zooms in: the window narrows) about the year `at`, which stays
 * where it was on the axis (at the same fraction of the window), then clamps.
 */
export function zoomAbout(
  w: TimeWindow,
  factor: number,
  at: number,
  bounds: TimeWindow,
): TimeWindow {
  const width = w.end - w.start;
  const fraction = width > 0 ? (at - w.start) / width : 0.5;
  const next = width / factor;
  const start = at - fraction * next;
  return clampWindow({ start, end: start + next }, bounds);
}

/** Moves the window by `years` (negative: earlier), then clamps. */
export function panWindow(w: TimeWindow, years: number, bounds: TimeWindow): TimeWindow {
  return clampWindow({ start: w.start + years, end: w.end + years }, bounds);
}

/**
 * The window moved as little as it must to show [x0, x1] (with a margin of a twentieth of its
 * width): the axis follows the keyboard's item. A stretch wider than the window shows its start.
 */
export function follow(w: TimeWindow, x0: number, x1: number, bounds: TimeWindow): TimeWindow {
  const width = w.end - w.start;
  const margin = width / 20;
  if (x0 >= w.start + margin && x1 <= w.end - margin) return w;
  const start =
    x1 - x0 > width - 2 * margin || x0 < w.start + margin ? x0 - margin : x1 + margin - width;
  return clampWindow({ start, end: start + width }, bounds);
}

/** Where a year falls across the window, in pixels of an axis `px` wide. */
export function toPixels(w: TimeWindow, year: number, px: number): number {
  return ((year - w.start) / (w.end - w.start)) * px;
}

/** The year at a pixel of an axis `px` wide. */
export function fromPixels(w: TimeWindow, x: number, px: number): number {
  return w.start + (x / px) * (w.end - w.start);
}

/** One tick of the axis: where, what it says, and whether it is a year's (a month's is minor). */
export interface Tick {
  at: number;
  label: string;
  major: boolean;
}

export interface Ticks {
  /** Years (decades to a few years) or months (zoomed in). */
  unit: 'year' | 'month';
  ticks: Tick[];
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
/** The room a tick's label needs, in pixels ("2014", "Sep" at 11 px, with space around). */
const LABEL_PX = 38;
const YEAR_STEPS = [1, 2, 5, 10, 20];
const MONTH_STEPS = [1, 2, 3];

/**
 * The ticks of a window on an axis `px` wide: months once every month (or every second or
 * third) has room for its name, each January named by its year; else years, every 1, 2, 5,
 * 10 or 20, the fewest that leave each label its room. Months come once a quarter has room.
 */
export function ticksFor(w: TimeWindow, px: number): Ticks {
  const perYear = px / (w.end - w.start);
  const monthStep = MONTH_STEPS.find((s) => (perYear / 12) * s >= LABEL_PX);
  if (monthStep !== undefined) {
    const ticks: Tick[] = [];
    const first = Math.ceil(w.start * 12 - 1e-9);
    for (let m = first; m / 12 <= w.end + 1e-9; m++) {
      const month = ((m % 12) + 12) % 12;
      if (month % monthStep !== 0) continue;
      const year = Math.floor(m / 12);
      ticks.push({
        at: m / 12,
        label: month === 0 ? String(year) : (MONTHS[month] ?? ''),
        major: month === 0,
      });
    }
    return { unit: 'month', ticks };
  }
  const step = YEAR_STEPS.find((s) => perYear * s >= LABEL_PX) ?? 50;
  const ticks: Tick[] = [];
  for (let y = Math.ceil(w.start / step - 1e-9) * step; y <= w.end + 1e-9; y += step)
    ticks.push({ at: y, label: String(y), major: true });
  return { unit: 'year', ticks };
}

/** A place on the axis in words: "2014" by years, "Nov 2014" by months. */
export function placeWords(at: number, unit: Ticks['unit']): string {
  const year = Math.floor(at + 1e-6);
  if (unit === 'year') return String(year);
  const month = Math.min(11, Math.floor((at - year) * 12 + 1e-6));
  return `${MONTHS[month] ?? ''} ${year}`;
}

/** The window in words, its last year (or month) included: "2001 – 2027", "Jul 2014 – Jun 2015". */
export function windowWords(w: TimeWindow, unit: Ticks['unit']): string {
  return `${placeWords(w.start, unit)} – ${placeWords(w.end - 1e-3, unit)}`;
}
