/**
 * How each relation reads in words, in both directions: `forward` reads "source … target",
 * `backward` reads "target … source", and the headings group a node's neighbours. Path
 * explanations, path chips, the Details panel and the canvas's edge labels use this one table,
 * so a relation is worded the same everywhere. A few relations read differently by the kind of
 * their source (an agreement is "adopted in" a country, a meeting "held in" it).
 */
import type { NodeKind, Relation } from './schema';

export interface RelationPhrase {
  /** Reads from the edge's source to its target: "Action 8.1(ii) *is pursued through* G8 24/7". */
  forward: string;
  /** Reads from the edge's target to its source: "Cybercrime *has the line of action* 8.1(ii)". */
  backward: string;
  /** Heads the neighbours a node points to with this relation ("Sets out"). */
  outHeading: string;
  /** Heads the neighbours pointing to the node with this relation ("Set out by"). */
  inHeading: string;
}

export const RELATION_PHRASES: Readonly<Record<Relation, RelationPhrase>> = {
  addresses: {
    forward: 'addresses',
    backward: 'is addressed by',
    outHeading: 'Addresses',
    inHeading: 'Addressed by',
  },
  sets_out: {
    forward: 'sets out',
    backward: 'is set out in',
    outHeading: 'Sets out',
    inHeading: 'Set out by',
  },
  under: {
    forward: 'is a line of action under',
    backward: 'has the line of action',
    outHeading: 'Under',
    inHeading: 'Lines of action under it',
  },
  through: {
    forward: 'is pursued through',
    backward: 'is the channel for',
    outHeading: 'Pursued through',
    inHeading: 'Channel for',
  },
  covers: {
    forward: 'covers',
    backward: 'is covered by',
    outHeading: 'Covers',
    inHeading: 'Covered by',
  },
  advances: {
    forward: 'advances',
    backward: 'is advanced by',
    outHeading: 'Advances',
    inHeading: 'Advanced by',
  },
  recalls: {
    forward: 'recalls',
    backward: 'is recalled by',
    outHeading: 'Recalls',
    inHeading: 'Recalled by',
  },
  succeeds: {
    forward: 'succeeds',
    backward: 'is succeeded by',
    outHeading: 'Succeeds',
    inHeading: 'Succeeded by',
  },
  implements: {
    forward: 'implements',
    backward: 'is implemented by',
    outHeading: 'Implements',
    inHeading: 'Implemented by',
  },
  proposes: {
    forward: 'proposes',
    backward: 'is proposed by',
    outHeading: 'Proposes',
    inHeading: 'Proposed by',
  },
  funds: {
    forward: 'funds',
    backward: 'is funded by',
    outHeading: 'Funds',
    inHeading: 'Funded by',
  },
  supports: {
    forward: 'supports',
    backward: 'is supported by',
    outHeading: 'Supports',
    inHeading: 'Supported by',
  },
  reinforces: {
    forward: 'reinforces',
    backward: 'is reinforced by',
    outHeading: 'Reinforces',
    inHeading: 'Reinforced by',
  },
  gave_rise_to: {
    forward: 'gave the impetus for',
    backward: 'drew its impetus from',
    outHeading: 'Gave the impetus for',
    inHeading: 'Impetus from',
  },
  welcomes: {
    forward: 'welcomes',
    backward: 'is welcomed by',
    outHeading: 'Welcomes',
    inHeading: 'Welcomed by',
  },
  meeting_of: {
    forward: 'is a meeting of',
    backward: 'holds the meeting',
    outHeading: 'A meeting of',
    inHeading: 'Meetings',
  },
  held_in: {
    forward: 'was held in',
    backward: 'hosted',
    outHeading: 'Held in',
    inHeading: 'Hosted',
  },
  adopted_at: {
    forward: 'was adopted at',
    backward: 'adopted',
    outHeading: 'Adopted at',
    inHeading: 'Adopted here',
  },
  develops: {
    forward: 'develops',
    backward: 'is developed by',
    outHeading: 'Develops',
    inHeading: 'Developed by',
  },
  part_of: {
    forward: 'is part of',
    backward: 'includes',
    outHeading: 'Part of',
    inHeading: 'Includes',
  },
  involves: {
    forward: 'involves',
    backward: 'is involved in',
    outHeading: 'Involves',
    inHeading: 'Involved in',
  },
  reports_to: {
    forward: 'reports to',
    backward: 'receives reports from',
    outHeading: 'Reports to',
    inHeading: 'Receives reports from',
  },
  back_to_back: {
    forward: 'is held back to back with',
    backward: 'is held back to back with',
    outHeading: 'Back to back with',
    inHeading: 'Back to back with',
  },
  depositary_of: {
    forward: 'is the depositary of',
    backward: 'has as depositary',
    outHeading: 'Depositary of',
    inHeading: 'Depositary',
  },
  mentions: {
    forward: 'mentions',
    backward: 'is mentioned in',
    outHeading: 'Mentions',
    inHeading: 'Mentioned by',
  },
};

/** A relation's words for people, with the short label drawn on the canvas. */
interface KindPhrase extends RelationPhrase {
  label: string;
}

/** Wordings that depend on the kind of the edge's source. */
const BY_SOURCE_KIND: Partial<Record<Relation, Partial<Record<NodeKind, KindPhrase>>>> = {
  held_in: {
    declaration: {
      forward: 'was adopted in',
      backward: 'saw the adoption of',
      outHeading: 'Adopted in',
      inHeading: 'Adopted here',
      label: 'adopted in',
    },
  },
  back_to_back: {
    // A project whose work is a meeting (the 12th AJCT Dialogue) is implemented back to back.
    project: {
      forward: 'is implemented back to back with',
      backward: 'is held back to back with',
      outHeading: 'Back to back with',
      inHeading: 'Back to back with',
      label: 'back to back',
    },
  },
};

/** The words of `relation` on an edge whose source is a node of `sourceKind`. */
export function phraseOf(relation: Relation, sourceKind?: NodeKind): RelationPhrase {
  return (sourceKind && BY_SOURCE_KIND[relation]?.[sourceKind]) || RELATION_PHRASES[relation];
}

/** The short label of an edge on the canvas: "held in", or "adopted in" for an agreement. */
export function relationLabel(relation: Relation, sourceKind?: NodeKind): string {
  const special = sourceKind ? BY_SOURCE_KIND[relation]?.[sourceKind] : undefined;
  return special?.label ?? relation.replace(/_/g, ' ');
}

/** The phrase for walking an edge of `relation` forwards (source → target) or backwards. */
export function relationPhrase(
  relation: Relation,
  forward: boolean,
  sourceKind?: NodeKind,
): string {
  const p = phraseOf(relation, sourceKind);
  return forward ? p.forward : p.backward;
}
