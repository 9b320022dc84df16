/**
 * How each relation reads in words, in both directions: `forward` reads "source … target",
 * `backward` reads "target … source". Path explanations and the path chips use this one table,
 * so a relation is worded the same everywhere.
 */
import type { Relation } from './schema';

export interface RelationPhrase {
  /** Reads from the edge's source to its target: "Action 8.1(ii) *is pursued through* G8 24/7". */
  forward: string;
  /** Reads from the edge's target to its source: "Cybercrime *has the line of action* 8.1(ii)". */
  backward: string;
}

export const RELATION_PHRASES: Readonly<Record<Relation, RelationPhrase>> = {
  addresses: { forward: 'addresses', backward: 'is addressed by' },
  sets_out: { forward: 'sets out', backward: 'is set out in' },
  under: { forward: 'is a line of action under', backward: 'has the line of action' },
  through: { forward: 'is pursued through', backward: 'is the channel for' },
  covers: { forward: 'covers', backward: 'is covered by' },
  advances: { forward: 'advances', backward: 'is advanced by' },
  recalls: { forward: 'recalls', backward: 'is recalled by' },
  succeeds: { forward: 'succeeds', backward: 'is succeeded by' },
  implements: { forward: 'implements', backward: 'is implemented by' },
  proposes: { forward: 'proposes', backward: 'is proposed by' },
  funds: { forward: 'funds', backward: 'is funded by' },
  supports: { forward: 'supports', backward: 'is supported by' },
  reinforces: { forward: 'reinforces', backward: 'is reinforced by' },
  welcomes: { forward: 'welcomes', backward: 'is welcomed by' },
  meeting_of: { forward: 'is a meeting of', backward: 'holds the meeting' },
  held_in: { forward: 'was held in', backward: 'hosted' },
  adopted_at: { forward: 'was adopted at', backward: 'adopted' },
  part_of: { forward: 'is part of', backward: 'includes' },
  involves: { forward: 'involves', backward: 'is involved in' },
  reports_to: { forward: 'reports to', backward: 'receives reports from' },
  back_to_back: { forward: 'is held back to back with', backward: 'is held back to back with' },
  depositary_of: { forward: 'is the depositary of', backward: 'has as depositary' },
  mentions: { forward: 'mentions', backward: 'is mentioned in' },
};

/** The phrase for walking an edge of `relation` forwards (source → target) or backwards. */
export function relationPhrase(relation: Relation, forward: boolean): string {
  const p = RELATION_PHRASES[relation];
  return forward ? p.forward : p.backward;
}
