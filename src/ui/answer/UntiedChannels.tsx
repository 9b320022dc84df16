/**
 * The gap an area's answer must name: the forums no source ties to any crime area, so they never
 * appear among its forums, each with what the sources do say of it ("reinforced as a channel by
 * the 2014 declaration; the SOMTC-Japan Work Plans were adopted in it").
 */
import type { KnowledgeGraph } from '../../model/graph';
import type { UntiedChannel } from '../../model/queries';
import type { Act } from '../panelProps';
import { labelOf } from '../../model/answerWords';
import { focusNode } from '../../state/actions';

export interface UntiedChannelsProps {
  graph: KnowledgeGraph;
  area: string;
  channels: readonly UntiedChannel[];
  act: Act;
}

/** "a", "a and b", "a, b and c". */
function listWords(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1] ?? ''}`;
}

/** What the sources say of a forum that no source ties to an area. */
function saidOf(graph: KnowledgeGraph, c: UntiedChannel): string {
  const said: string[] = [];
  if (c.reinforcedBy.length > 0)
    said.push(
      `reinforced as a channel by ${listWords(c.reinforcedBy.map((d) => labelOf(graph, d)))}`,
    );
  if (c.adopted.length > 0)
    said.push(
      `${listWords(c.adopted.map((d) => labelOf(graph, d)))} ${c.adopted.length === 1 ? 'was' : 'were'} adopted in it`,
    );
  return said.length > 0 ? `: ${said.join('; ')}` : '';
}

export function UntiedChannels({ graph, area, channels, act }: UntiedChannelsProps) {
  if (channels.length === 0) return null;
  return (
    <>
      <h3>Forums not tied to {labelOf(graph, area)}</h3>
      <p className="answer-hint">
        No source ties these forums to {labelOf(graph, area)} or to any other crime area, so they
        are not among its forums:
      </p>
      <ul className="untied-channels">
        {channels.map((c) => (
          <li key={c.forum}>
            <button type="button" className="link-button" onClick={() => act(focusNode(c.forum))}>
              {labelOf(graph, c.forum)}
            </button>
            {saidOf(graph, c)}.
          </li>
        ))}
      </ul>
    </>
  );
}
