/**
 * How large a label is drawn, by the role its node plays in the view (not by its kind): the
 * focused node largest, then what the view is about (lit: a story step's subject, an answer's
 * path), then the focus's neighbours, then the overview's backbone, then detail. Sizes are on
 * screen, largest first; none is under the floor (10 px, 16 px in presenter mode at 1920×1080).
 * Every size and rank the planner uses is named here once.
 */
import type { NodeKind } from '../model/schema';
import type { LabelSide } from './labelPlanner';

export type LabelRole = 'focus' | 'subject' | 'near' | 'backbone' | 'detail';

/** No label is drawn smaller than this on screen. */
export const LABEL_FLOOR_PX = { normal: 10, present: 16 } as const;

/** On-screen font sizes tried per role, largest first; the focus is always the largest. */
export const ROLE_SIZES_PX: Readonly<
  Record<'normal' | 'present', Readonly<Record<LabelRole, readonly number[]>>>
> = {
  normal: {
    focus: [20, 18, 16, 15],
    subject: [14, 13, 12, 11, 10],
    near: [13, 12, 11, 10],
    backbone: [14, 13, 12, 11, 10],
    detail: [11, 10],
  },
  present: {
    focus: [32, 30, 28, 26],
    subject: [24, 22, 20, 18, 16],
    near: [20, 18, 17, 16],
    backbone: [20, 18, 17, 16],
    detail: [16],
  },
};

/** Relation labels around a focus, on screen. */
export const EDGE_LABEL_SIZES_PX = { normal: [11, 10], present: [17, 16] } as const;

/** Lines wrap at this many ems of their font size (the focus gets a wider measure). */
export const WRAP_EM = { focus: 12, other: 11 } as const;

/** Sides tried by default, preferred first. */
export const DEFAULT_SIDES: readonly LabelSide[] = [
  'below',
  'right',
  'left',
  'above',
  'below-right',
  'below-left',
  'above-right',
  'above-left',
];

/** Kinds that carry the overview: named first, at backbone sizes. */
const BACKBONE: ReadonlySet<NodeKind> = new Set([
  'area',
  'declaration',
  'forum',
  'project',
  'organization',
]);

/** Order of kinds within a role: hubs first. */
const KIND_RANK: Readonly<Record<NodeKind, number>> = {
  area: 0,
  declaration: 1,
  forum: 2,
  organization: 3,
  project: 4,
  event: 5,
  action: 6,
  country: 7,
};

const ROLE_RANK: Readonly<Record<LabelRole, number>> = {
  focus: 0,
  subject: 1,
  near: 2,
  backbone: 3,
  detail: 4,
};

/** The role of a node from its view classes (null: faded, it carries no label). */
export function labelRole(
  classes: { focus: boolean; lit: boolean; near: boolean; faded: boolean },
  kind: NodeKind,
  isGroup: boolean,
): LabelRole | null {
  if (classes.focus) return 'focus';
  if (classes.lit) return 'subject';
  if (classes.near) return 'near';
  if (classes.faded) return null;
  return isGroup || BACKBONE.has(kind) ? 'backbone' : 'detail';
}

/**
 * A node with this many links or more is a hub of the graph (the 2014 declaration, the AJCT
 * Dialogue, JAIF…): where its label finds no room close, it may stand off.
 */
export const HUB_DEGREE = 10;

/**
 * A node with this many links or more is a centre of the map (the 2014 declaration, 58 links):
 * its crowded neighbourhood leaves least room, so it is named before anything else of its role.
 */
export const CENTRE_DEGREE = 3 * HUB_DEGREE;

/** Where centres and hubs come among the kinds: centres first, hubs right after the crime areas. */
const CENTRE_RANK = -1;
const HUB_RANK = 0.5;

/**
 * The planner's rank: role, then kind (centres, the crime areas, the other hubs whatever their
 * kind, then the other kinds), then the better connected first.
 */
export function labelRank(role: LabelRole, kind: NodeKind, degree: number): number {
  const kindRank =
    degree >= CENTRE_DEGREE
      ? CENTRE_RANK
      : kind !== 'area' && degree >= HUB_DEGREE
        ? HUB_RANK
        : KIND_RANK[kind];
  return ROLE_RANK[role] * 1e6 + kindRank * 1e4 - Math.min(degree, 9999);
}
