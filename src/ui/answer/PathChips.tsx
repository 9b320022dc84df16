/**
 * A path as a row of chips: each node a button that focuses it, each edge the phrase that reads
 * it in the direction walked ("has the line of action", "is pursued through").
 */
import type { KnowledgeGraph } from '../../model/graph';
import { stepsOf } from '../../model/queries';
import { KIND_STYLE } from '../../view/kindStyle';
import { KIND_NAMES } from '../../model/kindNames';
import { labelOf } from '../../model/answerWords';
import './answer.css';

export interface PathChipsProps {
  graph: KnowledgeGraph;
  /** Node keys in walking order. */
  nodes: readonly string[];
  /** Focus a node (act({ node })). */
  onFocus(key: string): void;
  /** Accessible name of the list, e.g. the path's sentence. */
  label: string;
}

export function PathChips({ graph, nodes, onFocus, label }: PathChipsProps) {
  const steps = stepsOf(graph, nodes);
  return (
    <ol className="path-chips" aria-label={label}>
      {nodes.map((key, i) => {
        const kind = graph.hasNode(key) ? graph.getNodeAttribute(key, 'kind') : null;
        const step = i > 0 ? steps[i - 1] : undefined;
        return (
          <li key={`${i}-${key}`}>
            {step && <span className="path-phrase">{step.phrase}</span>}
            <button
              type="button"
              className={`chip${kind ? ` chip--${kind}` : ''}`}
              title={kind ? `${KIND_NAMES[kind].one}: ${labelOf(graph, key)}` : key}
              style={kind ? { borderLeftColor: KIND_STYLE[kind].color } : undefined}
              onClick={() => onFocus(key)}
            >
              {labelOf(graph, key)}
            </button>
          </li>
        );
      })}
    </ol>
  );
}
