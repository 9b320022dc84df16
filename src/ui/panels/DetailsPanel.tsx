/**
 * The Details panel: everything known about the focused node — kind, dates, description, how sure
 * the sources are, every source quote with its document and section, and its neighbours grouped by
 * relation, each a button that moves the focus. With no node focused it introduces the explorer.
 */
import { useEffect, useMemo, useRef } from 'react';
import type { KnowledgeGraph } from '../../model/graph';
import { NODE_KINDS, type NodeKind } from '../../model/vocabulary';
import { parseSourceDocument } from '../../model/sourceDocument';
import type { PanelProps, Act } from '../panelProps';
import { KIND_NAMES } from '../../model/kindNames';
import { neighbourGroups } from '../../model/neighbourGroups';
import { SourceQuote } from './SourceQuote';
import { NodeDates } from '../time/NodeDates';
import './DetailsPanel.css';
import { focusNode } from '../../state/actions';
import { useLanding } from '../focusLanding';

const titleCache = new WeakMap<PanelProps['sources'], ReadonlyMap<string, string>>();

/** Document id → title, from each source file's front matter; parsed once per set of documents. */
function documentTitles(sources: PanelProps['sources']): ReadonlyMap<string, string> {
  let titles = titleCache.get(sources);
  if (!titles) {
    titles = new Map(
      Object.entries(sources).map(([id, text]) => [id, parseSourceDocument(id, text).title]),
    );
    titleCache.set(sources, titles);
  }
  return titles;
}

export function DetailsPanel({ graph, sources, state, act }: PanelProps) {
  const key = state.node && graph.hasNode(state.node) ? state.node : null;
  return (
    <section className="details" aria-label="Details">
      {key ? (
        <NodeDetails graph={graph} nodeKey={key} sources={sources} act={act} />
      ) : (
        <Intro graph={graph} act={act} />
      )}
    </section>
  );
}

function NodeDetails({
  graph,
  nodeKey,
  sources,
  act,
}: {
  graph: KnowledgeGraph;
  nodeKey: string;
  sources: PanelProps['sources'];
  act: Act;
}) {
  const a = graph.getNodeAttributes(nodeKey);
  const titles = documentTitles(sources);
  const groups = useMemo(() => neighbourGroups(graph, nodeKey), [graph, nodeKey]);
  const headingRef = useRef<HTMLHeadingElement>(null);
  // Set when the focus moved from inside this panel, so the keyboard lands on the new heading
  // instead of falling back to the page when the button that was pressed disappears.
  const moveFocusToHeading = useRef(false);

  useEffect(() => {
    if (!moveFocusToHeading.current) return;
    moveFocusToHeading.current = false;
    headingRef.current?.focus();
  }, [nodeKey]);
  // A search pick (or another action asking for a landing) lands on the new node's heading.
  useLanding(headingRef, [nodeKey]);

  const goTo = (key: string) => {
    moveFocusToHeading.current = true;
    act(focusNode(key));
  };

  return (
    <>
      <p className={`details-kind kind-${a.kind}`}>{KIND_NAMES[a.kind].one}</p>
      <h2 className="details-heading" ref={headingRef} tabIndex={-1}>
        {a.label}
      </h2>
      {a.aliases.length > 0 && <p className="details-aliases">Also: {a.aliases.join(' · ')}</p>}
      <NodeDates graph={graph} nodeKey={nodeKey} />
      {a.confidence === 'uncertain' && (
        <p className="details-uncertain">
          <span aria-hidden="true">⚠</span> Uncertain: the sources do not settle this fully.
        </p>
      )}
      {a.inference && (
        <p className="details-inferred">
          <strong>Inferred:</strong> {a.inference}
        </p>
      )}
      {a.description && <p className="details-description">{a.description}</p>}
      {a.url && (
        <p>
          <a href={a.url} target="_blank" rel="noopener noreferrer">
            {new URL(a.url).hostname} <span aria-hidden="true">↗</span>
            <span className="visually-hidden"> (opens in a new tab)</span>
          </a>
        </p>
      )}

      <h3>Sources ({a.sources.length})</h3>
      <ul className="details-sources">
        {a.sources.map((s, i) => (
          <li key={i}>
            <SourceQuote
              source={s}
              title={titles.get(s.doc) ?? s.doc}
              canShow={Object.hasOwn(sources, s.doc)}
              act={act}
            />
          </li>
        ))}
      </ul>

      <h3>Connections ({groups.reduce((n, g) => n + g.neighbours.length, 0)})</h3>
      {groups.length === 0 && <p>No connections recorded.</p>}
      {groups.map((g) => (
        <div key={g.id} className="details-group">
          <h4 id={`nb-${g.id}`}>{g.heading}</h4>
          <ul aria-labelledby={`nb-${g.id}`}>
            {g.neighbours.map((n) => (
              <li key={n.edge}>
                <button
                  type="button"
                  className={`details-neighbour kind-${n.kind}`}
                  onClick={() => goTo(n.key)}
                >
                  <span className="details-neighbour-label">{n.label}</span>{' '}
                  <span className="details-neighbour-kind">({KIND_NAMES[n.kind].one})</span>
                  {n.place && (
                    <>
                      {' '}
                      <span className="details-neighbour-place">in {n.place}</span>
                    </>
                  )}
                  {n.uncertain && (
                    <>
                      {' '}
                      <span className="details-neighbour-kind">(uncertain)</span>
                    </>
                  )}
                  {n.inference && (
                    <>
                      {' '}
                      <span className="details-neighbour-kind">(inferred)</span>
                    </>
                  )}
                </button>
                <details className="details-why">
                  <summary>
                    source
                    <span className="visually-hidden">
                      {' '}
                      of “{g.heading} {n.label}”
                    </span>
                  </summary>
                  {n.inference && (
                    <p className="details-inferred">
                      <strong>Inferred:</strong> {n.inference}
                    </p>
                  )}
                  {n.description && <p>{n.description}</p>}
                  {n.sources.map((src, i) => (
                    <SourceQuote
                      key={i}
                      source={src}
                      title={titles.get(src.doc) ?? src.doc}
                      canShow={Object.hasOwn(sources, src.doc)}
                      act={act}
                    />
                  ))}
                </details>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </>
  );
}

function Intro({ graph, act }: { graph: KnowledgeGraph; act: Act }) {
  const areas = useMemo(
    () =>
      graph
        .filterNodes((_k, a) => a.kind === 'area')
        .map((key) => ({ key, label: graph.getNodeAttribute(key, 'label') }))
        // Plain code-point order: the first localeCompare of a page loads collation data
        // (~20 ms here), which this list, on screen at start-up, would make the first paint wait for.
        .sort((a, b) => (a.label < b.label ? -1 : a.label > b.label ? 1 : 0)),
    [graph],
  );
  const counts = useMemo(() => {
    const c = new Map<NodeKind, number>();
    graph.forEachNode((_k, a) => c.set(a.kind, (c.get(a.kind) ?? 0) + 1));
    return NODE_KINDS.filter((k) => c.has(k)).map((k) => [k, c.get(k) ?? 0] as const);
  }, [graph]);
  return (
    <>
      <h2 className="details-heading" tabIndex={-1}>
        Explore the map
      </h2>
      <p>
        A map of how ASEAN and Japan cooperate against terrorism and transnational crime: the
        declarations, the crime areas and lines of action they set out, and the forums, projects and
        organizations that carry them out. Every fact cites the document it comes from.
      </p>
      <p>
        Type a name or an acronym in <strong>Search</strong> (press <kbd>/</kbd> to get there),
        choose with the arrow keys and press <kbd>Enter</kbd>; or select a node in the graph. Its
        details, sources and connections appear here.
      </p>
      {areas.length > 0 && (
        <>
          <h3 id="details-start-areas">Start from a crime area</h3>
          <ul className="details-start" aria-labelledby="details-start-areas">
            {areas.map((a) => (
              <li key={a.key}>
                <button
                  type="button"
                  className="details-neighbour"
                  onClick={() => act(focusNode(a.key))}
                >
                  <span className="details-neighbour-label">{a.label}</span>
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
      <h3>
        In the map: {graph.order} nodes, {graph.size} {graph.size === 1 ? 'link' : 'links'}
      </h3>
      <ul className="details-counts">
        {counts.map(([kind, n]) => (
          <li key={kind}>
            <span className={`kind-${kind}`}>{KIND_NAMES[kind].many}</span>: {n}
          </li>
        ))}
      </ul>
    </>
  );
}
