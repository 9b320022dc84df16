/**
 * The named actions that change the view: each is a pure function from one view state to the
 * next, and the UI changes the view through them only (useViewState applies them). Rules that
 * tie fields together hold after every action (withInvariants), not only when a URL is read.
 */
import type { KnowledgeGraph } from '../model/graph';
import type { Story, StoryStep } from '../model/storySchema';
import type { NodeKind } from '../model/vocabulary';
import type { ThemeName } from '../model/theme';
import type { LayoutName, MatrixColumn, PanelName, ViewState } from './viewState';

/** One change of the view: the next state from the current one. */
export type ViewAction = (state: ViewState) => ViewState;

/** The panels of the read-only embed: Details, and the Sources pane "Show in source" opens. */
const EMBED_PANELS: ReadonlySet<PanelName> = new Set(['details', 'sources']);

/**
 * The rules every state keeps: a step belongs to a story (no story, step 0); a passage belongs to
 * a document; a comparison is of two different documents; a hidden kind is listed once; a
 * period is of whole years, its first not after its last; the embed shows Details (and the Sources
 * a quote opens) only and never presents.
 */
export function withInvariants(state: ViewState): ViewState {
  let next = state;
  const fix = (patch: Partial<ViewState>) => {
    next = { ...next, ...patch };
  };
  if (next.story === null && next.step !== 0) fix({ step: 0 });
  if (!Number.isInteger(next.step) || next.step < 0) fix({ step: 0 });
  if (next.doc === null && next.passage !== null) fix({ passage: null });
  if (next.compare && next.compare[0] === next.compare[1]) fix({ compare: null });
  if (new Set(next.hidden).size !== next.hidden.length) fix({ hidden: [...new Set(next.hidden)] });
  // The embed is read-only: Details (and the passages it cites) are its panels; it does not present.
  if (next.embed && !EMBED_PANELS.has(next.panel)) fix({ panel: 'details' });
  if (next.embed && next.present) fix({ present: false });
  const p = next.period;
  if (p && !(Number.isInteger(p[0]) && Number.isInteger(p[1]))) fix({ period: null });
  else if (p && p[0] > p[1]) fix({ period: [p[1], p[0]] });
  return next;
}

/** Panels that show the focused node themselves, so picking a node keeps them open. */
const FOLLOWS_FOCUS: ReadonlySet<PanelName> = new Set(['details', 'sources']);

// ─── The focus ───────────────────────────────────────────────────────────────────────────────

/** Focuses a node (a click in the graph, a name in a list), or clears the focus with null. */
export const focusNode =
  (key: string | null): ViewAction =>
  (s) => ({ ...s, node: key });

/** Clears the focus (Escape on the canvas). */
export const clearFocus: ViewAction = (s) => ({ ...s, node: null });

/** A search pick: focuses the node and shows its details, unless the panel open follows it. */
export const focusFromSearch =
  (key: string): ViewAction =>
  (s) => ({ ...s, node: key, panel: FOLLOWS_FOCUS.has(s.panel) ? s.panel : 'details' });

/** Focuses a node and opens its details. */
export const showDetails =
  (key: string | null): ViewAction =>
  (s) => ({ ...s, node: key, panel: 'details' });

// ─── The graph's look ────────────────────────────────────────────────────────────────────────

export const setLayout =
  (layout: LayoutName): ViewAction =>
  (s) => ({ ...s, layout });

export const setHops =
  (hops: 1 | 2): ViewAction =>
  (s) => ({ ...s, hops });

/** Shows the kind when hidden, hides it when shown (the legend filter). */
export const toggleKind =
  (kind: NodeKind): ViewAction =>
  (s) => ({
    ...s,
    hidden: s.hidden.includes(kind) ? s.hidden.filter((k) => k !== kind) : [...s.hidden, kind],
  });

/** Asks for a theme (the header's switcher), or the default again with null. */
export const setTheme =
  (theme: ThemeName | null): ViewAction =>
  (s) => ({ ...s, theme });

/** Shows stated facts only (inferred nodes and links hidden), or everything again. */
export const showStatedOnly =
  (stated: boolean): ViewAction =>
  (s) => ({ ...s, stated });

// ─── Time ────────────────────────────────────────────────────────────────────────────────────

/** The first and last years a period may name (the data's, model/timeline.ts dataYears). */
export type YearSpan = readonly [number, number];

const clampYear = (y: number, [lo, hi]: YearSpan) => Math.min(hi, Math.max(lo, Math.round(y)));

/**
 * Shows the years [from, to] (swapped when reversed, kept within `span`), or all time with null.
 * The slider's thumbs and a period link call it.
 */
export const setPeriod =
  (period: readonly [number, number] | null, span: YearSpan): ViewAction =>
  (s) => {
    if (period === null) return { ...s, period: null };
    const a = clampYear(period[0], span);
    const b = clampYear(period[1], span);
    return { ...s, period: a <= b ? [a, b] : [b, a] };
  };

/**
 * One step of Play: the period's last year moves on by `by` years (its first stays, so the graph
 * grows); without a period, the first year of the data alone. At the span's end it stays.
 */
export const stepYear =
  (span: YearSpan, by = 1): ViewAction =>
  (s) => {
    if (s.period === null) return { ...s, period: [span[0], span[0]] };
    const to = clampYear(s.period[1] + by, span);
    return { ...s, period: [Math.min(s.period[0], to), to] };
  };

// ─── Panels and answers ──────────────────────────────────────────────────────────────────────

export const openPanel =
  (panel: PanelName): ViewAction =>
  (s) => ({ ...s, panel });

/** Asks which forums cover an area (or which areas a forum covers). */
export const askCoverage =
  (key: string | null): ViewAction =>
  (s) => ({ ...s, coverage: key });

/** Shows the matrix with these columns; a cell picked in other columns no longer exists. */
export const setMatrixColumns =
  (matrix: MatrixColumn): ViewAction =>
  (s) => ({ ...s, matrix, cell: matrix === s.matrix ? s.cell : null });

/** Opens the matrix panel with these columns. */
export const openMatrix =
  (matrix: MatrixColumn): ViewAction =>
  (s) =>
    setMatrixColumns(matrix)({ ...s, panel: 'matrix' });

/** Picks a matrix cell (its paths light up), or none. */
export const pickCell =
  (cell: [string, string] | null): ViewAction =>
  (s) => ({ ...s, cell });

/** Sets one end of the path finder, or clears it with null. */
export const setPathEnd =
  (end: 'from' | 'to', key: string | null): ViewAction =>
  (s) => ({ ...s, [end]: key });

export const swapPathEnds: ViewAction = (s) => ({ ...s, from: s.to, to: s.from });

// ─── Sources ─────────────────────────────────────────────────────────────────────────────────

/** Opens a document in the Sources pane at its start. */
export const openDocument =
  (doc: string): ViewAction =>
  (s) => ({ ...s, doc, passage: null });

/** Opens a document at a passage in the Sources pane ("Show in source", a citation link). */
export const openPassage =
  (doc: string, passage: string): ViewAction =>
  (s) => ({ ...s, panel: 'sources', doc, passage });

/**
 * Moves the text to a passage without changing the panel (a passage picked in the pane, the pane
 * following a focus); with `node`, also focuses the node the passage is about.
 */
export const readPassage =
  (doc: string, passage: string, node?: string | null): ViewAction =>
  (s) => ({ ...s, doc, passage, ...(node ? { node } : {}) });

/** Shows only what one document states, or everything with null. */
export const showOnly =
  (doc: string | null): ViewAction =>
  (s) => ({ ...s, only: doc });

/** Compares two documents, or ends the comparison with null. */
export const setComparison =
  (docs: [string, string] | null): ViewAction =>
  (s) => ({ ...s, compare: docs });

// ─── Stories ─────────────────────────────────────────────────────────────────────────────────

/**
 * The view a story step shows: its focus (keys the graph lacks left out), kinds, layout, hops and
 * period (a step without one shows all time).
 */
export function stepView(
  step: StoryStep,
  graph: KnowledgeGraph,
): Pick<ViewState, 'node' | 'hidden' | 'layout' | 'hops' | 'period'> {
  return {
    node: step.focus.find((k) => graph.hasNode(k)) ?? null,
    hidden: [...step.hidden],
    layout: step.layout,
    hops: step.hops ?? 1,
    period: step.period ? [step.period[0], step.period[1]] : null,
  };
}

/** True when `state` shows the step's view (what stepView sets). */
export function showsStep(state: ViewState, step: StoryStep, graph: KnowledgeGraph): boolean {
  const view = stepView(step, graph);
  return (
    state.node === view.node &&
    state.layout === view.layout &&
    state.hops === view.hops &&
    String(state.period) === String(view.period) &&
    [...state.hidden].sort().join() === [...view.hidden].sort().join()
  );
}

/** The story and step a view names, and that step when the story has it. */
type StoryLike = Pick<Story, 'id' | 'steps'>;

/**
 * Plays step `index` of a story: the story and step, and the step's view, in one change. A story
 * without that step (an empty one) sets the story and step only.
 */
export const playStep =
  (graph: KnowledgeGraph, story: StoryLike, index: number): ViewAction =>
  (s) => {
    const step = story.steps[index];
    return { ...s, story: story.id, step: index, ...(step ? stepView(step, graph) : {}) };
  };

/** Plays a step and presents it full screen. */
export const presentStep =
  (graph: KnowledgeGraph, story: StoryLike, index: number): ViewAction =>
  (s) => ({ ...playStep(graph, story, index)(s), present: true });

/**
 * Names a story and step without changing the view: a step just captured from it, or a story
 * whose steps are not known yet (useStoryPlayback shows the step once they are).
 */
export const selectStep =
  (story: string, index: number): ViewAction =>
  (s) => ({ ...s, story, step: index });

/** Stops the story: no story, step 0; the view stays as it is. */
export const stopStory: ViewAction = (s) => ({ ...s, story: null, step: 0 });

/** Leaves presenter mode; the story and its step stay. */
export const leavePresenter: ViewAction = (s) => ({ ...s, present: false });

/**
 * Returns to a view kept earlier, as it was (after pictures of each step were taken for a
 * handout or a slide deck).
 */
export const restoreView =
  (saved: ViewState): ViewAction =>
  () =>
    saved;
