/**
 * The box under the current passage: which nodes and links cite it (or the clicked part of it),
 * each a button that focuses the node in the graph (a link focuses its source), and a way to
 * the focused node's details. Links are folded: a preamble can be cited by a dozen of them.
 */
import { citingKeys, type Citation, type CitingKind } from '../../model/citations';
import type { KnowledgeGraph } from '../../model/graph';
import type { Act } from '../panelProps';
import { citingName, plural, shorten } from '../../model/citingNames';
import { focusNode, showDetails } from '../../state/actions';

export interface PassageCitersProps {
  graph: KnowledgeGraph;
  section: string;
  citations: readonly Citation[];
  /** The quoted words, when one mark (not the whole passage) was chosen. */
  quote: string | null;
  focusedNode: string | null;
  act: Act;
}

function CiterList(props: {
  graph: KnowledgeGraph;
  keys: readonly { key: string; kind: CitingKind }[];
  focusedNode: string | null;
  act: Act;
}) {
  const { graph, keys, focusedNode, act } = props;
  return (
    <ul>
      {keys.map(({ key, kind }) => {
        const target = kind === 'node' ? key : graph.hasEdge(key) ? graph.source(key) : null;
        const name = citingName(graph, key, kind);
        return (
          <li key={key} className={`citer citer--${kind}`}>
            <button
              type="button"
              className="link"
              title={name}
              aria-current={kind === 'node' && key === focusedNode ? 'true' : undefined}
              disabled={!target}
              onClick={() => target && act(focusNode(target))}
            >
              {shorten(name, 110)}
            </button>
          </li>
        );
      })}
    </ul>
  );
}

export function PassageCiters(props: PassageCitersProps) {
  const { graph, section, citations, quote, focusedNode, act } = props;
  const keys = citingKeys(citations);
  if (keys.length === 0)
    return <p className="passage-citers muted">Nothing in the graph cites § {section}.</p>;
  const nodes = keys.filter((k) => k.kind === 'node');
  const edges = keys.filter((k) => k.kind === 'edge');
  const listProps = { graph, focusedNode, act };
  return (
    <div className="passage-citers" role="group" aria-label={`What cites § ${section}`}>
      <p className="passage-citers-title">
        {quote ? <q>{shorten(quote, 70)}</q> : <>§ {section}</>} is cited by{' '}
        {nodes.length > 0 && plural(nodes.length, 'node')}
        {nodes.length > 0 && edges.length > 0 && ' and '}
        {edges.length > 0 && plural(edges.length, 'link')}:
      </p>
      {nodes.length > 0 && <CiterList keys={nodes} {...listProps} />}
      {edges.length > 0 && (
        <details className="citer-links" open={nodes.length === 0}>
          <summary>{plural(edges.length, 'link')}</summary>
          <CiterList keys={edges} {...listProps} />
        </details>
      )}
      {focusedNode && graph.hasNode(focusedNode) && (
        <button
          type="button"
          className="passage-details"
          onClick={() => act(showDetails(focusedNode))}
        >
          Details of {shorten(graph.getNodeAttribute(focusedNode, 'label'), 60)}
        </button>
      )}
    </div>
  );
}
