/** Groups search hits by kind for display, keeping the best hit's group first. */
import type { NodeKind } from '../model/schema';
import type { SearchHit } from './searchIndex';

export interface HitGroup {
  kind: NodeKind;
  hits: SearchHit[];
  /** Position of the group's first hit in the grouped order (for numbering options). */
  start: number;
}

/**
 * Groups hits by kind. Groups come in the order of their best hit and hits keep their rank, so
 * the first option shown is always the best match.
 */
export function groupHitsByKind(hits: readonly SearchHit[]): HitGroup[] {
  const groups = new Map<NodeKind, SearchHit[]>();
  for (const hit of hits) {
    const list = groups.get(hit.kind);
    if (list) list.push(hit);
    else groups.set(hit.kind, [hit]);
  }
  const out: HitGroup[] = [];
  let start = 0;
  for (const [kind, list] of groups) {
    out.push({ kind, hits: list, start });
    start += list.length;
  }
  return out;
}
