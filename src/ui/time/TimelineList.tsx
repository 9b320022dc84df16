/** The timeline's list alternative: every dated node in date order, each a link to focus it. */
import { useMemo } from 'react';
import type { KnowledgeGraph } from '../../model/graph';
import { KIND_NAMES } from '../../model/kindNames';
import { timelineItems } from '../../model/timeline';
import type { NodeKind } from '../../model/vocabulary';
import { focusNode } from '../../state/actions';
import type { Act } from '../panelProps';
import { itemDates } from './TimelineStrip';

export function TimelineList({
  graph,
  hidden,
  act,
}: {
  graph: KnowledgeGraph;
  hidden: readonly NodeKind[];
  act: Act;
}) {
  const items = useMemo(
    () => timelineItems(graph).filter((i) => !hidden.includes(i.kind)),
    [graph, hidden],
  );
  return (
    <ol className="time-list" aria-label="Dated nodes in date order">
      {items.map((item) => (
        <li key={item.key}>
          <span className="time-list__date">{itemDates(graph, item.key)}</span>{' '}
          <button type="button" className="link" onClick={() => act(focusNode(item.key))}>
            {item.label}
          </button>{' '}
          <span className="time-list__kind">
            ({KIND_NAMES[item.kind].one}
            {item.uncertain ? ', uncertain' : ''})
          </span>
        </li>
      ))}
    </ol>
  );
}
