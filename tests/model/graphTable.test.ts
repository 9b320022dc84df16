// The graph as tables: every node and link is a row; the view's and the table's filters and the
// sorts work on the real data.
import { describe, expect, it } from 'vitest';
import {
  NO_TABLE_FILTER,
  documentsCited,
  filterLinkRows,
  filterNodeRows,
  linkRows,
  neighbourhoodOf,
  nextSort,
  nodeRows,
  nodesJoinedBy,
  sortLinkRows,
  sortNodeRows,
} from '../../src/model/graphTable';
import { realGraph } from '../fixtures/realGraph';

const graph = realGraph();
const nodes = nodeRows(graph);
const links = linkRows(graph);
const all = { hidden: [], statedOnly: false };
const nodeStated = (k: string) => graph.getNodeAttribute(k, 'inference') === undefined;

describe('the graph as rows', () => {
  it('has one row per node and one per link', () => {
    expect(nodes).toHaveLength(graph.order);
    expect(links).toHaveLength(graph.size);
    expect(new Set(links.map((l) => l.key)).size).toBe(graph.size);
  });

  it('words each link with the relation label and names both ends', () => {
    const row = links[0];
    expect(row).toBeDefined();
    if (!row) return;
    expect(row.sourceName).toBe(graph.getNodeAttribute(row.source, 'label'));
    expect(row.targetName).toBe(graph.getNodeAttribute(row.target, 'label'));
    expect(row.relationText).not.toContain('_');
  });

  it('lists the documents a row cites once each', () => {
    for (const r of [...nodes, ...links])
      expect(new Set(r.documents).size).toBe(r.documents.length);
    expect(documentsCited(nodes).length).toBeGreaterThan(1);
  });
});

describe('filters', () => {
  it('follows the legend: a hidden kind leaves its nodes and their links out', () => {
    const view = { hidden: ['country' as const], statedOnly: false };
    const shown = filterNodeRows(nodes, view, NO_TABLE_FILTER);
    expect(shown.some((r) => r.kind === 'country')).toBe(false);
    expect(shown.length).toBe(nodes.filter((r) => r.kind !== 'country').length);
    const shownLinks = filterLinkRows(links, view, NO_TABLE_FILTER, nodeStated);
    expect(shownLinks.some((r) => r.sourceKind === 'country' || r.targetKind === 'country')).toBe(
      false,
    );
  });

  it('follows stated only: inferred links are left out', () => {
    const inferred = links.filter((r) => !r.stated);
    expect(inferred.length).toBeGreaterThan(0);
    const shown = filterLinkRows(
      links,
      { hidden: [], statedOnly: true },
      NO_TABLE_FILTER,
      nodeStated,
    );
    expect(shown).toHaveLength(links.length - inferred.length);
  });

  it('filters by kind, relation, document and stated/inferred', () => {
    const areas = filterNodeRows(nodes, all, { ...NO_TABLE_FILTER, kind: 'area' });
    expect(areas.length).toBeGreaterThan(0);
    expect(areas.every((r) => r.kind === 'area')).toBe(true);

    const held = filterLinkRows(
      links,
      all,
      { ...NO_TABLE_FILTER, relation: 'held_in' },
      nodeStated,
    );
    expect(held.length).toBeGreaterThan(0);
    expect(held.every((r) => r.relation === 'held_in')).toBe(true);
    const joined = nodesJoinedBy(links, 'held_in');
    const heldNodes = filterNodeRows(
      nodes,
      all,
      { ...NO_TABLE_FILTER, relation: 'held_in' },
      joined,
    );
    expect(heldNodes.some((r) => r.kind === 'country')).toBe(true);
    expect(heldNodes.length).toBe(joined.size);

    const doc = documentsCited(links)[0] ?? '';
    const cited = filterLinkRows(links, all, { ...NO_TABLE_FILTER, doc }, nodeStated);
    expect(cited.length).toBeGreaterThan(0);
    expect(cited.every((r) => r.documents.includes(doc))).toBe(true);

    const inferred = filterLinkRows(
      links,
      all,
      { ...NO_TABLE_FILTER, stated: 'inferred' },
      nodeStated,
    );
    expect(inferred.every((r) => !r.stated)).toBe(true);
    expect(inferred.length).toBe(links.filter((r) => !r.stated).length);
  });

  it('keeps a searched node and the links at either end of it', () => {
    const matches = new Set(['area:cybercrime']);
    expect(filterNodeRows(nodes, all, { ...NO_TABLE_FILTER, matches }).map((r) => r.key)).toEqual([
      'area:cybercrime',
    ]);
    const touching = filterLinkRows(links, all, { ...NO_TABLE_FILTER, matches }, nodeStated);
    expect(touching).toHaveLength(graph.degree('area:cybercrime'));
  });

  it("keeps only the focused node's neighbourhood", () => {
    const within = neighbourhoodOf(graph, 'area:cybercrime', 1);
    expect(within.size).toBe(graph.neighbors('area:cybercrime').length + 1);
    expect(neighbourhoodOf(graph, 'area:cybercrime', 2).size).toBeGreaterThan(within.size);
    const shown = filterNodeRows(nodes, all, { ...NO_TABLE_FILTER, within });
    expect(shown).toHaveLength(within.size);
    const shownLinks = filterLinkRows(links, all, { ...NO_TABLE_FILTER, within }, nodeStated);
    expect(shownLinks.every((r) => within.has(r.source) && within.has(r.target))).toBe(true);
  });
});

describe('sorting', () => {
  it('sorts by name up and down, and by date with undated nodes last', () => {
    const up = sortNodeRows(nodes, { column: 'name', descending: false }).map((r) => r.name);
    const down = sortNodeRows(nodes, { column: 'name', descending: true }).map((r) => r.name);
    expect(up[0]?.localeCompare(up[1] ?? '', 'en', { sensitivity: 'base' })).toBeLessThanOrEqual(0);
    expect(down[0]).toBe(up[up.length - 1]);
    const byDate = sortNodeRows(nodes, { column: 'date', descending: false });
    const dated = byDate.filter((r) => r.date !== '');
    expect(byDate.slice(0, dated.length)).toEqual(dated);
    expect(dated.map((r) => r.date)).toEqual([...dated.map((r) => r.date)].sort());
  });

  it('sorts links by relation, ties by their ends', () => {
    const sorted = sortLinkRows(links, { column: 'relation', descending: false });
    const words = sorted.map((r) => r.relationText);
    expect(words).toEqual(
      [...words].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base' })),
    );
    expect(sortLinkRows(links, { column: 'stated', descending: false })[0]?.stated).toBe(false);
  });

  it('flips a column pressed again and starts a new one ascending', () => {
    expect(nextSort({ column: 'name', descending: false }, 'name')).toEqual({
      column: 'name',
      descending: true,
    });
    expect(nextSort({ column: 'name', descending: true }, 'kind')).toEqual({
      column: 'kind',
      descending: false,
    });
  });
});
