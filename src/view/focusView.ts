/**
 * Puts the focus layout (focusLayout.ts) on the canvas: reads the focused node's neighbourhood
 * from the view classes (hop by hop), adds the group rows it asks for as nodes of their own
 * (class `group`, data `members`) with one edge each to the node they hang from, hides the
 * members they stand for (class `grouped`), and hands the adapter the positions and viewport to
 * move to and the planner its label hints. A group row opens when it is clicked (others close
 * to make room); clearing the focus removes the groups again.
 */
import type { Core, EdgeSingular, NodeSingular } from 'cytoscape';
import type { NodeKind } from '../model/schema';
import { focusLayout, type FocusLayout, type FocusMember } from './focusLayout';
import { GROUP_SCALE } from './focusRows';
import type { Viewport } from './graphHandle';
import { KIND_STYLE } from './kindStyle';
import { textWidth } from './labelFont';
import type { Box } from './labelGeometry';
import type { LabelHint } from './labelView';

/** Every group node (focus frame or overview) has this class; the stylesheet draws it as one. */
export const GROUP_CLASS = 'group';
/** The focus frame's own group nodes, and the members they hide. */
const FRAME_GROUP_CLASS = 'frame-group';
export const GROUPED_CLASS = 'grouped';

export interface FocusView {
  /**
   * Lays out the frame of the focused node for the canvas part `area` (screen px): returns the
   * positions to move to and the viewport that shows the frame.
   */
  layout(
    focusId: string,
    area: Box,
    options: {
      rowPx: number;
      focusPx: number;
      twoHops: boolean;
      /** A node's place in the overall layout (its current one when not given). */
      overall(id: string): { x: number; y: number } | undefined;
    },
  ): { positions: Map<string, { x: number; y: number }>; viewport: Viewport } | null;
  /** Removes the groups and the hints: the overall layout takes over. */
  clear(): void;
  /** How the frame wants `id` labelled. */
  hint(id: string): LabelHint | undefined;
  /** True when `id` is a group row (opens on click). */
  isGroup(id: string): boolean;
  /** Opens the group row `id`, or closes it when open. */
  toggle(id: string): void;
  /** The focus the frame was laid out for, if any. */
  focused(): string | null;
}

const kindOf = (n: NodeSingular) => n.data('kind') as NodeKind;
const plural = (kind: NodeKind) => KIND_STYLE[kind].legend.toLowerCase();

export function createFocusView(cy: Core): FocusView {
  let current: FocusLayout | null = null;
  let focusedId: string | null = null;
  const expanded = new Set<string>();

  const removeGroups = () => {
    cy.batch(() => {
      cy.nodes(`.${FRAME_GROUP_CLASS}`).remove();
      cy.nodes(`.${GROUPED_CLASS}`).removeClass(GROUPED_CLASS);
    });
  };

  /**
   * The focus's neighbours by hop, read from the view classes (`near` is given only to nodes
   * shown; classes, not `:visible`, which reads styles that a batch may not have updated yet).
   */
  const members = (focus: NodeSingular): FocusMember[] => {
    const out: FocusMember[] = [];
    const seen = new Set([focus.id()]);
    const hop1: NodeSingular[] = [];
    const member = (
      node: NodeSingular,
      hop: 1 | 2,
      relation: string,
      outward: boolean,
      parent?: string,
    ): FocusMember => ({
      id: node.id(),
      hop,
      kind: kindOf(node),
      label: String(node.data('full')),
      size: KIND_STYLE[kindOf(node)].size,
      relation,
      outward,
      ...(parent ? { parent } : {}),
    });
    /** Each neighbour of `from` not seen yet that the view shows near the focus. */
    const around = (from: NodeSingular, take: (other: NodeSingular, edge: EdgeSingular) => void) =>
      from.connectedEdges().forEach((e) => {
        const other = e.source().same(from) ? e.target() : e.source();
        if (seen.has(other.id()) || !other.hasClass('near')) return;
        seen.add(other.id());
        take(other, e);
      });
    around(focus, (other, e) => {
      hop1.push(other);
      out.push(member(other, 1, String(e.data('relation')), e.source().same(focus)));
    });
    for (const parent of hop1) {
      around(parent, (other, e) =>
        out.push(
          member(other, 2, String(e.data('relation')), e.source().same(parent), parent.id()),
        ),
      );
    }
    // What the view is about besides (a story step's other subjects, an answer's path) joins
    // the frame's outer column, beside a neighbour it is linked to.
    focus
      .cy()
      .nodes('.lit:visible')
      .forEach((lit) => {
        if (seen.has(lit.id()) || lit.hasClass('hidden')) return;
        seen.add(lit.id());
        const via = hop1.find((h) => h.edgesWith(lit).nonempty());
        out.push(member(lit, 2, '', true, via?.id() ?? focus.id()));
      });
    return out;
  };

  const addGroups = (layout: FocusLayout, focus: NodeSingular) => {
    cy.batch(() => {
      for (const g of layout.groups) {
        const size = KIND_STYLE[g.kind].size * GROUP_SCALE;
        cy.add({
          group: 'nodes',
          data: {
            id: g.id,
            kind: g.kind,
            full: g.label,
            members: g.members,
            size,
            degree: g.members.length,
          },
          classes: `k-${g.kind} ${GROUP_CLASS} ${FRAME_GROUP_CLASS} near`,
          position: layout.positions.get(g.id) ?? focus.position(),
        });
        const ends = g.hop === 1 ? [focus.id()] : g.parents;
        for (const end of ends) {
          const outward = g.hop === 1 ? g.outward : true;
          cy.add({
            group: 'edges',
            data: {
              id: `${g.id}~${end}`,
              source: outward ? end : g.id,
              target: outward ? g.id : end,
              relation: g.relation,
            },
            classes: g.hop === 1 ? 'near focus-edge' : 'near',
          });
        }
        cy.nodes()
          .filter((n) => g.members.includes(n.id()))
          .addClass(GROUPED_CLASS);
      }
    });
  };

  return {
    layout(focusId, area, { rowPx, focusPx, twoHops, overall }) {
      removeGroups();
      if (focusId !== focusedId) expanded.clear();
      focusedId = focusId;
      const focus = cy.getElementById(focusId);
      if (focus.empty()) return null;
      const p = overall(focusId) ?? focus.position();
      const rest: { id: string; x: number; y: number }[] = [];
      cy.nodes().forEach((n) => {
        if (n.hasClass('hidden') || n.hasClass(GROUP_CLASS)) return;
        if (!n.hasClass('near') && !n.hasClass('lit') && !n.same(focus))
          rest.push({ id: n.id(), ...(overall(n.id()) ?? n.position()) });
      });
      const layout = focusLayout({
        focus: {
          id: focusId,
          x: p.x,
          y: p.y,
          size: KIND_STYLE[kindOf(focus)].size,
          label: String(focus.data('full')),
        },
        members: members(focus),
        rest,
        width: area.x2 - area.x1,
        height: area.y2 - area.y1 - 3 * focusPx,
        rowPx,
        focusPx,
        measure: textWidth,
        twoHops,
        expanded,
        plural,
      });
      current = layout;
      addGroups(layout, focus);
      const zoom = layout.zoom;
      const cx = (area.x1 + area.x2) / 2 + layout.shiftX;
      const cy0 = (area.y1 + area.y2) / 2 - focusPx;
      return {
        positions: layout.positions,
        viewport: { zoom, pan: { x: cx - zoom * p.x, y: cy0 - zoom * p.y } },
      };
    },
    clear() {
      removeGroups();
      current = null;
      focusedId = null;
      expanded.clear();
    },
    hint: (id) => current?.hints.get(id),
    isGroup: (id) => cy.getElementById(id).hasClass(FRAME_GROUP_CLASS),
    toggle(id) {
      if (expanded.has(id)) expanded.delete(id);
      else expanded.add(id);
    },
    focused: () => focusedId,
  };
}
