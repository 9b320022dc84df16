/**
 * The Table panel, the text alternative to the canvas: every node and every link of the graph
 * in two sortable tables, searchable with the header's fuzzy search index and filterable by
 * kind, relation, document and stated/inferred. It follows the view: the legend's hidden kinds,
 * "stated only", and the focus (its rows marked; optionally only its neighbourhood). A name is a
 * button that focuses the node. Rows, filters and sorts are model/graphTable.ts.
 */
import { useDeferredValue, useMemo, useState } from 'react';
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
  type LinkColumn,
  type NodeColumn,
  type Sort,
  type TableFilter,
} from '../../model/graphTable';
import { KIND_NAMES } from '../../model/kindNames';
import { parseSourceDocument } from '../../model/sourceDocument';
import { NODE_KINDS, RELATIONS, type NodeKind, type Relation } from '../../model/vocabulary';
import { searchIndexFor } from '../../search/searchIndex';
import { focusNode } from '../../state/actions';
import type { PanelProps } from '../panelProps';
import { LinkTable } from '../table/LinkTable';
import { NodeTable } from '../table/NodeTable';
import '../table/table.css';

type StatedChoice = TableFilter['stated'];

export function TablePanel({ graph, sources, state, act }: PanelProps) {
  const nodes = useMemo(() => nodeRows(graph), [graph]);
  const links = useMemo(() => linkRows(graph), [graph]);
  const titles = useMemo(
    () => new Map(Object.entries(sources).map(([id, t]) => [id, parseSourceDocument(id, t).title])),
    [sources],
  );
  const docs = useMemo(() => documentsCited([...nodes, ...links]), [nodes, links]);
  const relations = useMemo(
    () => RELATIONS.filter((r) => links.some((l) => l.relation === r)),
    [links],
  );

  const [query, setQuery] = useState('');
  const [kind, setKind] = useState<NodeKind | null>(null);
  const [relation, setRelation] = useState<Relation | null>(null);
  const [doc, setDoc] = useState<string | null>(null);
  const [stated, setStated] = useState<StatedChoice>('all');
  const [nearFocus, setNearFocus] = useState(false);
  const [nodeSort, setNodeSort] = useState<Sort<NodeColumn>>({ column: 'name', descending: false });
  const [linkSort, setLinkSort] = useState<Sort<LinkColumn>>({ column: 'from', descending: false });

  const searched = useDeferredValue(query.trim());
  const matches = useMemo(() => {
    if (searched === '') return null;
    const index = searchIndexFor(graph);
    return new Set(index.search(searched, { limit: index.size }).map((h) => h.key));
  }, [graph, searched]);
  const focused = state.node && graph.hasNode(state.node) ? state.node : null;
  const within = useMemo(
    () => (nearFocus && focused ? neighbourhoodOf(graph, focused, state.hops) : null),
    [graph, nearFocus, focused, state.hops],
  );

  const view = { hidden: state.hidden, statedOnly: state.stated };
  const filter: TableFilter = { ...NO_TABLE_FILTER, kind, relation, doc, stated, matches, within };
  const nodeStated = (k: string) => graph.getNodeAttribute(k, 'inference') === undefined;
  const shownNodes = sortNodeRows(
    filterNodeRows(nodes, view, filter, relation ? nodesJoinedBy(links, relation) : null),
    nodeSort,
  );
  const shownLinks = sortLinkRows(filterLinkRows(links, view, filter, nodeStated), linkSort);
  const followed = [
    state.hidden.length > 0 &&
      `hiding ${state.hidden.map((k) => KIND_NAMES[k].many.toLowerCase()).join(', ')} (legend)`,
    state.stated && 'stated facts only',
  ].filter(Boolean);
  const onFocusNode = (key: string) => act(focusNode(key));

  return (
    <section className="table-panel" aria-labelledby="table-title">
      <h2 id="table-title" tabIndex={-1}>
        The graph as tables
      </h2>
      <p className="table-hint">
        Every node and link of the graph. Press a name to focus it in the graph.
        {followed.length > 0 && <> Following the view: {followed.join('; ')}.</>}
      </p>
      <div className="table-filters" role="group" aria-label="Filter the tables">
        <label>
          Search
          <input
            type="search"
            value={query}
            onChange={(e) => setQuery(e.target.value)}
            placeholder="Names and acronyms"
          />
        </label>
        <label>
          Kind
          <select value={kind ?? ''} onChange={(e) => setKind(pick(NODE_KINDS, e.target.value))}>
            <option value="">All kinds</option>
            {NODE_KINDS.map((k) => (
              <option key={k} value={k}>
                {KIND_NAMES[k].one}
              </option>
            ))}
          </select>
        </label>
        <label>
          Relation
          <select
            value={relation ?? ''}
            onChange={(e) => setRelation(pick(RELATIONS, e.target.value))}
          >
            <option value="">All relations</option>
            {relations.map((r) => (
              <option key={r} value={r}>
                {r.replace(/_/g, ' ')}
              </option>
            ))}
          </select>
        </label>
        <label>
          Document
          <select value={doc ?? ''} onChange={(e) => setDoc(pick(docs, e.target.value))}>
            <option value="">All documents</option>
            {docs.map((d) => (
              <option key={d} value={d}>
                {titles.get(d) ?? d}
              </option>
            ))}
          </select>
        </label>
        <label>
          Stated or inferred
          <select
            value={stated}
            onChange={(e) => setStated(pick(STATED_CHOICES, e.target.value) ?? 'all')}
          >
            <option value="all">Both</option>
            <option value="stated">Stated</option>
            <option value="inferred">Inferred</option>
          </select>
        </label>
        <label className="table-near">
          <input
            type="checkbox"
            checked={nearFocus}
            disabled={!focused}
            onChange={(e) => setNearFocus(e.target.checked)}
          />
          Only the focused node&apos;s neighbourhood
          {focused && <> ({graph.getNodeAttribute(focused, 'label')})</>}
        </label>
      </div>
      <NodeTable
        rows={shownNodes}
        total={nodes.length}
        sort={nodeSort}
        onSort={(c) => setNodeSort((s) => nextSort(s, c))}
        focused={focused}
        onFocusNode={onFocusNode}
      />
      <LinkTable
        rows={shownLinks}
        total={links.length}
        sort={linkSort}
        onSort={(c) => setLinkSort((s) => nextSort(s, c))}
        focused={focused}
        onFocusNode={onFocusNode}
      />
    </section>
  );
}

const STATED_CHOICES = ['all', 'stated', 'inferred'] as const;

/** The choice a select's value names, or null for "all" (''). */
function pick<T extends string>(choices: readonly T[], value: string): T | null {
  return choices.find((c) => c === value) ?? null;
}
