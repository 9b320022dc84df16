/**
 * The box under the current passage: which nodes and links cite it (or the clicked part of it),
 * each a button that focuses the node in the graph, and a way to its details.
 */
import { citingKeys, type Citation } from '../../model/citations';
import type { KnowledgeGraph } from '../../model/graph';
import type { UpdateView } from '../panelProps';
import { citingName } from './citingNames';

export interface PassageCitersProps {
  graph: KnowledgeGraph;
  section: string;
  citations: readonly Citation[];
  /** The quoted words, when one mark (not the whole passage) was chosen. */
  quote: string | null;
  focusedNode: string | null;
  update: UpdateView;
}

export function PassageCiters(props: PassageCitersProps) {
  const { graph, section, citations, quote, focusedNode, update } = props;
  const keys = citingKeys(citations);
  if (keys.length === 0)
    return <p className="passage-citers muted">Nothing in the graph cites § {section}.</p>;
  return (
    <div className="passage-citers" role="group" aria-label={`What cites § ${section}`}>
      <p className="passage-citers-title">
        {quote ? (
          <>
            <q>{quote}</q> is cited by {keys.length}:
          </>
        ) : (
          <>
            § {section} is cited by {keys.length}:
          </>
        )}
      </p>
      <ul>
        {keys.map(({ key, kind }) => {
          const target = kind === 'node' ? key : graph.hasEdge(key) ? graph.source(key) : null;
          return (
            <li key={key} className={`citer citer--${kind}`}>
              <button
                type="button"
                className="link"
                aria-current={kind === 'node' && key === focusedNode ? 'true' : undefined}
                disabled={!target}
                onClick={() => target && update({ node: target })}
              >
                {citingName(graph, key, kind)}
              </button>
            </li>
          );
        })}
      </ul>
      {focusedNode && graph.hasNode(focusedNode) && (
        <button
          type="button"
          className="passage-details"
          onClick={() => update({ panel: 'details', node: focusedNode })}
        >
          Details of {graph.getNodeAttribute(focusedNode, 'label')}
        </button>
      )}
    </div>
  );
}
