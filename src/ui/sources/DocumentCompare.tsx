/**
 * Comparing two documents: pick them, then see, kind by kind (crime areas, forums, actions…),
 * what only the first states, only the second, and both. The graph is coloured the same way
 * (GraphView's `compare` prop); the swatches here use the same three colours.
 */
import { useState } from 'react';
import type { CitationIndex } from '../../model/citations';
import {
  compareDocuments,
  type CompareSide,
  type DocumentComparison,
} from '../../model/documentCompare';
import type { KnowledgeGraph } from '../../model/graph';
import type { NodeKind } from '../../model/schema';
import { KIND_NAMES } from '../../model/kindNames';
import type { Act } from '../panelProps';
import './DocumentCompare.css';
import { focusNode, setComparison } from '../../state/actions';

/** Kinds whose lists start open: the ones the comparison is about. */
const OPEN_KINDS: ReadonlySet<NodeKind> = new Set(['area', 'forum', 'action', 'project']);

export interface DocumentCompareProps {
  graph: KnowledgeGraph;
  index: CitationIndex;
  /** The current document: the default first pick. */
  current: string;
  compare: [string, string] | null;
  act: Act;
}

export function DocumentCompare({ graph, index, current, compare, act }: DocumentCompareProps) {
  const docs = index.documents;
  const other = docs.find((d) => d.id !== current)?.id ?? current;
  const [first, setFirst] = useState(compare?.[0] ?? current);
  const [second, setSecond] = useState(compare?.[1] ?? other);
  const title = (id: string) => docs.find((d) => d.id === id)?.title ?? id;

  return (
    <section className="doc-compare" aria-label="Compare two documents">
      <form
        className="compare-form"
        onSubmit={(e) => {
          e.preventDefault();
          if (first !== second) act(setComparison([first, second]));
        }}
      >
        <DocumentSelect side="first" docs={docs} value={first} onChange={setFirst} />
        <DocumentSelect side="second" docs={docs} value={second} onChange={setSecond} />
        <div className="compare-actions">
          <button type="submit" disabled={first === second}>
            Compare
          </button>
          {compare && (
            <button type="button" onClick={() => act(setComparison(null))}>
              Stop comparing
            </button>
          )}
        </div>
      </form>
      {compare && (
        <ComparisonLists
          graph={graph}
          index={index}
          compare={compare}
          titles={[title(compare[0]), title(compare[1])]}
          act={act}
        />
      )}
    </section>
  );
}

/** "7 projects, 2 meetings and events" for one side, in kind order; "nothing" when empty. */
function tally(kinds: DocumentComparison['kinds'], side: 'first' | 'second'): string {
  const parts = kinds
    .filter(({ split }) => split[side].length > 0)
    .map(
      ({ kind, split }) =>
        `${split[side].length} ${(split[side].length === 1 ? KIND_NAMES[kind].one : KIND_NAMES[kind].many).toLowerCase()}`,
    );
  return parts.length ? parts.join(', ') : 'nothing';
}

function ComparisonLists({
  graph,
  index,
  compare,
  titles,
  act,
}: {
  graph: KnowledgeGraph;
  index: CitationIndex;
  compare: [string, string];
  titles: [string, string];
  act: Act;
}) {
  const result = compareDocuments(graph, index, compare[0], compare[1]);
  const columns: { side: CompareSide; heading: string; names: string }[] = [
    { side: 'first', heading: 'Only in the first', names: `Only in ${titles[0]}` },
    { side: 'second', heading: 'Only in the second', names: `Only in ${titles[1]}` },
    { side: 'both', heading: 'In both', names: 'In both' },
  ];
  if (result.kinds.length === 0) return <p className="muted">Neither document is cited yet.</p>;
  return (
    <div className="compare-result" aria-label="Comparison" role="region">
      <p className="compare-legend">
        <span className="swatch swatch--first" aria-hidden="true" /> First: {titles[0]}
        <br />
        <span className="swatch swatch--second" aria-hidden="true" /> Second: {titles[1]}
      </p>
      <ul className="compare-summary">
        <li>
          <span className="swatch swatch--second" aria-hidden="true" /> The second adds{' '}
          {tally(result.kinds, 'second')}.
        </li>
        <li>
          <span className="swatch swatch--first" aria-hidden="true" /> The first alone states{' '}
          {tally(result.kinds, 'first')}.
        </li>
      </ul>
      {result.kinds.map(({ kind, split }) => (
        <details key={kind} className="compare-kind" open={OPEN_KINDS.has(kind)}>
          <summary>
            {KIND_NAMES[kind].many}{' '}
            <span className="compare-counts">
              {columns.map(({ side, heading }) => (
                <span key={side} className={`count count--${side}`} title={heading}>
                  <span className="visually-hidden">{heading}: </span>
                  {split[side].length}
                </span>
              ))}
            </span>
          </summary>
          {columns.map(({ side, heading, names }) => (
            <div key={side} className={`compare-side compare-side--${side}`}>
              <h4 title={names}>
                <span className={`swatch swatch--${side}`} aria-hidden="true" /> {heading} (
                {split[side].length})
              </h4>
              {split[side].length > 0 ? (
                <ul aria-label={`${KIND_NAMES[kind].many}: ${names}`}>
                  {split[side].map((k) => (
                    <li key={k}>
                      <button type="button" className="link" onClick={() => act(focusNode(k))}>
                        {graph.getNodeAttribute(k, 'label')}
                      </button>
                    </li>
                  ))}
                </ul>
              ) : (
                <p className="muted">none</p>
              )}
            </div>
          ))}
        </details>
      ))}
    </div>
  );
}

/** One of the two document pickers, with the swatch of the colour its side gets in the graph. */
function DocumentSelect({
  side,
  docs,
  value,
  onChange,
}: {
  side: 'first' | 'second';
  docs: readonly { id: string; title: string }[];
  value: string;
  onChange(id: string): void;
}) {
  return (
    <label>
      <span className={`swatch swatch--${side}`} aria-hidden="true" />{' '}
      {side === 'first' ? 'First' : 'Second'}
      <select value={value} onChange={(e) => onChange(e.target.value)}>
        {docs.map((d) => (
          <option key={d.id} value={d.id}>
            {d.title}
          </option>
        ))}
      </select>
    </label>
  );
}
