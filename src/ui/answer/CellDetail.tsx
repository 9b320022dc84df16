/** The paths of the matrix cell picked, each in words and as chips. */
import type { KnowledgeGraph } from '../../model/graph';
import { explainPath, type Coverage } from '../../model/queries';
import { HOW_WORDS, countOf, labelOf } from '../../model/answerWords';
import type { Act } from '../panelProps';
import { PathProof } from './PathProof';
import { StrengthMeter } from './StrengthMeter';

export interface CellDetailProps {
  graph: KnowledgeGraph;
  row: string;
  column: string;
  coverage: Coverage | null;
  act: Act;
}

export function CellDetail({ graph, row, column, coverage, act }: CellDetailProps) {
  const title = `${labelOf(graph, row)} × ${labelOf(graph, column)}`;
  return (
    <section className="cell-detail" aria-label={title}>
      <h3>{title}</h3>
      {!coverage ? (
        <p className="answer-empty">No path links these two.</p>
      ) : (
        <>
          <p>
            <span className={`how how--${coverage.how}`}>{HOW_WORDS[coverage.how]}</span>{' '}
            <StrengthMeter strength={coverage.strength} /> {countOf(coverage.paths.length, 'path')}
          </p>
          <ul className="coverage-paths">
            {coverage.paths.map((p) => {
              const explained = explainPath(graph, p.nodes);
              return (
                <li key={p.nodes.join('|')}>
                  <p className="coverage-reason">{explained.sentence}</p>
                  <PathProof
                    graph={graph}
                    path={{ nodes: p.nodes, edges: p.edges, sentence: explained.sentence }}
                    act={act}
                  />
                </li>
              );
            })}
          </ul>
        </>
      )}
    </section>
  );
}
