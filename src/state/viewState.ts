/**
 * The view state: everything that decides what the person sees, and nothing derived.
 * It is plain data so that it can live in the URL (see url.ts) and in story steps.
 */
import {
  COVERAGE_KINDS,
  type CoverageKind,
  type LayoutName,
  type NodeKind,
} from '../model/vocabulary';
import type { ThemeName } from '../model/theme';

// Layout names are defined in the model so that the story schema can use them too.
export { LAYOUTS, type LayoutName } from '../model/vocabulary';

export const PANELS = [
  'details',
  'coverage',
  'matrix',
  'path',
  'table',
  'stories',
  'sources',
  'quality',
] as const;
export type PanelName = (typeof PANELS)[number];

/** Column kinds the coverage matrix can show against crime areas: the coverage kinds. */
export const MATRIX_COLUMNS = COVERAGE_KINDS;
export type MatrixColumn = CoverageKind;

export interface ViewState {
  /** The opened dataset shown, by id (io/open/datasetStore.ts); null: the built-in one. */
  dataset: string | null;
  /** Focused node key, or null. */
  node: string | null;
  /** Neighbourhood depth highlighted around the focused node. */
  hops: 1 | 2;
  /** Kinds hidden by the legend filter. */
  hidden: NodeKind[];
  layout: LayoutName;
  /** Side panel shown. */
  panel: PanelName;
  /** Area or forum whose coverage the Coverage panel shows. */
  coverage: string | null;
  /** Column kind of the matrix (rows are always crime areas). */
  matrix: MatrixColumn;
  /** Matrix cell whose paths are lit: [rowKey, columnKey]. */
  cell: [string, string] | null;
  /** Path finder endpoints. */
  from: string | null;
  to: string | null;
  /** Story id and 0-based step index. */
  story: string | null;
  step: number;
  /** Presenter mode (full screen, chrome hidden). */
  present: boolean;
  /** The theme asked for (model/theme.ts); null follows the presenter's and the system's default. */
  theme: ThemeName | null;
  /** Sources pane: document id and section id shown. */
  doc: string | null;
  passage: string | null;
  /** Show only what one document states. */
  only: string | null;
  /** Compare two documents. */
  compare: [string, string] | null;
  /** Show stated facts only: inferred nodes and links are hidden. */
  stated: boolean;
  /** The read-only embed (an intranet page's iframe): graph, legend, search and Details only. */
  embed: boolean;
  /** The years shown, both included ([2004, 2010]); what did not exist then fades. Null: all. */
  period: [number, number] | null;
}

export const DEFAULT_VIEW_STATE: ViewState = {
  dataset: null,
  node: null,
  hops: 1,
  hidden: [],
  layout: 'fcose',
  panel: 'details',
  coverage: null,
  matrix: 'forum',
  cell: null,
  from: null,
  to: null,
  story: null,
  step: 0,
  present: false,
  theme: null,
  doc: null,
  passage: null,
  only: null,
  compare: null,
  stated: false,
  embed: false,
  period: null,
};
