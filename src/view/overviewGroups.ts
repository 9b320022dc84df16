/**
 * The overview's groups: the detail kinds stand together so that the backbone (declarations,
 * crime areas, forums, projects, organizations) has room to be named. Actions group by the crime
 * area they come under ("4 actions"), meetings by the forum they are meetings of, countries all
 * in one. A group stands where its member furthest out from the map's middle stands in the
 * overall layout (a place the layout kept free, away from the crowded hubs), and links to every node outside it that a member links
 * to. Pure: the graph and the layout's positions in, groups out.
 */
import type { KnowledgeGraph } from '../model/graph';
import type { NodeKind, Relation } from '../model/schema';
import { relationLabel } from '../model/relationPhrases';
import type { Positions } from './elements';

/** The kinds that stand together in the overview, and the relation that says with whom. */
const GROUPED_BY: Readonly<Partial<Record<NodeKind, Relation | null>>> = {
  action: 'under',
  event: 'meeting_of',
  country: null,
};

/** A group is drawn only for this many members or more; fewer stand on their own. */
const MIN_MEMBERS = 2;

export interface OverviewGroup {
  id: string;
  kind: NodeKind;
  members: string[];
  /** What the group says, e.g. "4 actions". */
  label: string;
  /** Its tooltip words, e.g. "4 actions under Terrorism". */
  full: string;
  position: { x: number; y: number };
  /** The nodes outside the group its members link to, with the most common relation. */
  links: { node: string; relation: string; outward: boolean }[];
}

/** The groups of the overview for `graph` laid out at `positions`. */
export function overviewGroups(
  graph: KnowledgeGraph,
  positions: Positions,
  plural: (kind: NodeKind) => string,
): OverviewGroup[] {
  const byKey = new Map<string, { kind: NodeKind; anchor: string | null; members: string[] }>();
  graph.forEachNode((key, { kind }) => {
    const relation = GROUPED_BY[kind];
    if (relation === undefined) return;
    let anchor: string | null = null;
    if (relation) {
      graph.forEachOutEdge(key, (_e, a, _s, target) => {
        if (anchor === null && a.relation === relation) anchor = target;
      });
    }
    const id = `group:overview:${kind}:${anchor ?? 'all'}`;
    const g = byKey.get(id) ?? { kind, anchor, members: [] };
    g.members.push(key);
    byKey.set(id, g);
  });
  const all = Object.values(positions);
  const centre = {
    x: all.reduce((s, p) => s + p.x, 0) / Math.max(all.length, 1),
    y: all.reduce((s, p) => s + p.y, 0) / Math.max(all.length, 1),
  };
  const out: OverviewGroup[] = [];
  for (const [id, g] of byKey) {
    if (g.members.length < MIN_MEMBERS) continue;
    const members = new Set(g.members);
    const placed = g.members.flatMap((m) => (positions[m] ? [{ m, p: positions[m] }] : []));
    if (placed.length === 0) continue;
    // The member's place furthest out from the map's middle: the middle is where the hubs
    // crowd, and a place the layout kept free for a member is free for the group.
    const outermost = placed.reduce((a, b) =>
      Math.hypot(a.p.x - centre.x, a.p.y - centre.y) >=
      Math.hypot(b.p.x - centre.x, b.p.y - centre.y)
        ? a
        : b,
    );
    const words = plural(g.kind);
    const anchorLabel = g.anchor ? graph.getNodeAttribute(g.anchor, 'label') : null;
    out.push({
      id,
      kind: g.kind,
      members: g.members,
      label: `${g.members.length} ${words}`,
      full: anchorLabel
        ? `${g.members.length} ${words}: ${relationLabel(GROUPED_BY[g.kind] ?? 'under')} ${anchorLabel}`
        : `${g.members.length} ${words}`,
      position: { ...outermost.p },
      links: outsideLinks(graph, members),
    });
  }
  return out;
}

/** Every node outside `members` that a member links to, with the relation most members use. */
function outsideLinks(graph: KnowledgeGraph, members: ReadonlySet<string>): OverviewGroup['links'] {
  const counts = new Map<string, Map<string, number>>();
  for (const m of members) {
    graph.forEachEdge(m, (_e, a, source, target) => {
      const outward = source === m;
      const other = outward ? target : source;
      if (members.has(other)) return;
      const key = `${other}|${outward ? 'out' : 'in'}`;
      const byRelation = counts.get(key) ?? new Map<string, number>();
      byRelation.set(a.relation, (byRelation.get(a.relation) ?? 0) + 1);
      counts.set(key, byRelation);
    });
  }
  const out: OverviewGroup['links'] = [];
  const seen = new Set<string>();
  for (const [key, byRelation] of counts) {
    const [node = '', dir] = key.split('|');
    if (seen.has(node)) continue;
    seen.add(node);
    const relation = [...byRelation].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0];
    out.push({
      node,
      relation: relationLabel((relation?.[0] ?? 'mentions') as Relation),
      outward: dir === 'out',
    });
  }
  return out;
}
