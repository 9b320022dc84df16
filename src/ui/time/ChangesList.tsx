/**
 * "What changed between two years": what appeared after the first year up to the second and what
 * ended, each with its date and the quote that dates it (model/timeline.ts changesBetween).
 */
import { useMemo } from 'react';
import { formatIsoDate } from '../../model/formatDates';
import type { KnowledgeGraph } from '../../model/graph';
import { changesBetween, type TimeChange } from '../../model/timeline';
import type { NodeKind } from '../../model/vocabulary';
import { focusNode } from '../../state/actions';
import type { Act } from '../panelProps';

export interface ChangesListProps {
  graph: KnowledgeGraph;
  /** After this year … */
  after: number;
  /** … up to this one. */
  upTo: number;
  hidden: readonly NodeKind[];
  act: Act;
}

function Change({ graph, change, act }: { graph: KnowledgeGraph; change: TimeChange; act: Act }) {
  const via = change.via ? graph.getNodeAttribute(change.via, 'label') : null;
  return (
    <li>
      <span className="time-list__date">{formatIsoDate(change.date)}</span>{' '}
      <button type="button" className="link" onClick={() => act(focusNode(change.key))}>
        {change.label}
      </button>
      {via && <span className="time-list__kind"> (dated by {via})</span>}
      {change.source && (
        <blockquote className="time-change__quote">
          “{change.source.quote}” <cite>{`${change.source.doc} § ${change.source.section}`}</cite>
        </blockquote>
      )}
    </li>
  );
}

export function ChangesList({ graph, after, upTo, hidden, act }: ChangesListProps) {
  const { appeared, ended } = useMemo(() => {
    const all = changesBetween(graph, after, upTo);
    const shown = (c: TimeChange) => !hidden.includes(c.kind);
    return { appeared: all.appeared.filter(shown), ended: all.ended.filter(shown) };
  }, [graph, after, upTo, hidden]);
  return (
    <section className="time-changes" aria-label={`What changed between ${after} and ${upTo}`}>
      <h3>
        What changed between {after} and {upTo}
      </h3>
      <h4>Appeared ({appeared.length})</h4>
      {appeared.length === 0 ? (
        <p>Nothing.</p>
      ) : (
        <ol className="time-list">
          {appeared.map((c) => (
            <Change key={c.key} graph={graph} change={c} act={act} />
          ))}
        </ol>
      )}
      <h4>Ended ({ended.length})</h4>
      {ended.length === 0 ? (
        <p>Nothing.</p>
      ) : (
        <ol className="time-list">
          {ended.map((c) => (
            <Change key={c.key} graph={graph} change={c} act={act} />
          ))}
        </ol>
      )}
    </section>
  );
}
