/**
 * Under an area's forums, the other mechanisms that cover it: the agreements, plans and other
 * instruments (ReCAAP for sea piracy), each with its standing bodies (the ReCAAP Information
 * Sharing Centre), how it reaches the area and the path that proves it.
 */
import type { KnowledgeGraph } from '../../model/graph';
import { explainPath, type InstrumentCoverage } from '../../model/queries';
import type { Act } from '../panelProps';
import { HOW_WORDS, countOf, labelOf } from '../../model/answerWords';
import { InferredTag } from './InferredTag';
import { PathProof } from './PathProof';
import { focusNode } from '../../state/actions';

export interface InstrumentListProps {
  graph: KnowledgeGraph;
  area: string;
  instruments: readonly InstrumentCoverage[];
  act: Act;
}

export function InstrumentList({ graph, area, instruments, act }: InstrumentListProps) {
  const areaLabel = labelOf(graph, area);
  return (
    <>
      <h3>Agreements and instruments covering {areaLabel}</h3>
      {instruments.length === 0 ? (
        <p className="answer-empty">
          No agreement or instrument is linked to {areaLabel} beyond the declaration that lists
          every area.
        </p>
      ) : (
        <>
          <p className="answer-count">
            {countOf(instruments.length, 'instrument')}, those with a standing body first.
          </p>
          <ol className="coverage-list">
            {instruments.map((c) => {
              const path = explainPath(graph, c.nodes);
              return (
                <li key={c.instrument} className="coverage-item">
                  <div className="coverage-head">
                    <button
                      type="button"
                      className="coverage-name"
                      onClick={() => act(focusNode(c.instrument))}
                    >
                      {labelOf(graph, c.instrument)}
                    </button>
                    <span className={`how how--${c.how}`}>{HOW_WORDS[c.how]}</span>
                    {c.inferred && <InferredTag />}
                  </div>
                  {c.bodies.length > 0 && (
                    <p className="coverage-reason">
                      Standing {c.bodies.length === 1 ? 'body' : 'bodies'}:{' '}
                      {c.bodies.map((b, i) => (
                        <span key={b}>
                          {i > 0 && ', '}
                          <button
                            type="button"
                            className="link-button"
                            onClick={() => act(focusNode(b))}
                          >
                            {labelOf(graph, b)}
                          </button>
                        </span>
                      ))}
                      .
                    </p>
                  )}
                  <p className="coverage-reason">{path.sentence}</p>
                  <div className="coverage-paths">
                    <PathProof graph={graph} path={path} act={act} />
                  </div>
                </li>
              );
            })}
          </ol>
        </>
      )}
    </>
  );
}
