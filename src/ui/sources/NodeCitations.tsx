/**
 * "Passages citing <node>": the keyboard way from a focused node to the text. Lists the node's
 * own citations and, folded, the citations of its links, each a button that opens the document
 * at that passage.
 */
import type { Citation, CitationIndex } from '../../model/citations';
import type { KnowledgeGraph } from '../../model/graph';
import { citingName, plural } from '../../model/citingNames';

export interface NodeCitationsProps {
  graph: KnowledgeGraph;
  index: CitationIndex;
  node: string;
  /** The passage shown, drawn as current. */
  at: { doc: string | null; passage: string | null };
  onOpen: (doc: string, passage: string) => void;
}

function CitationList({
  citations,
  titles,
  at,
  onOpen,
}: {
  citations: readonly Citation[];
  titles: ReadonlyMap<string, string>;
  at: NodeCitationsProps['at'];
  onOpen: NodeCitationsProps['onOpen'];
}) {
  return (
    <ul className="citation-list">
      {citations.map((c, i) => {
        const current = c.doc === at.doc && c.section === at.passage;
        return (
          <li key={`${c.doc}|${c.section}|${i}`}>
            <button
              type="button"
              className="citation-link"
              aria-current={current ? 'location' : undefined}
              onClick={() => onOpen(c.doc, c.section)}
            >
              <span className="citation-where">
                § {c.section} · {titles.get(c.doc) ?? c.doc}
              </span>
              <q>{c.quote}</q>
            </button>
          </li>
        );
      })}
    </ul>
  );
}

export function NodeCitations({ graph, index, node, at, onOpen }: NodeCitationsProps) {
  if (!graph.hasNode(node)) return null;
  const titles = new Map(index.documents.map((d) => [d.id, d.title]));
  const own = index.byKey.get(node) ?? [];
  const links = graph
    .edges(node)
    .map((e) => ({ key: e, citations: index.byKey.get(e) ?? [] }))
    .filter((l) => l.citations.length > 0);
  const label = graph.getNodeAttribute(node, 'label');
  return (
    <section className="node-citations" aria-labelledby="node-citations-h">
      <h3 id="node-citations-h">Passages citing {label}</h3>
      {own.length ? (
        <CitationList citations={own} titles={titles} at={at} onOpen={onOpen} />
      ) : (
        <p className="muted">No passage found for this node.</p>
      )}
      {links.length > 0 && (
        <details className="link-citations">
          <summary>
            Where its {plural(links.length, 'link')} {links.length === 1 ? 'is' : 'are'} stated
          </summary>
          <ul className="link-list">
            {links.map((l) => (
              <li key={l.key}>
                <span className="link-name">{citingName(graph, l.key, 'edge')}</span>
                <CitationList citations={l.citations} titles={titles} at={at} onOpen={onOpen} />
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
