/**
 * The Coverage panel: pick a crime area and see every forum that covers it, how, and the paths
 * that prove it, then the agreements and instruments that cover it and the forums no source ties
 * to any area (its gaps, in words); or pick a forum (project, organization) and see the areas it
 * covers. The subject
 * is `state.coverage` (cov= in the URL); its answer (state/answers.ts) lights up in the graph and
 * comes into view.
 */
import { AreaPicker } from '../answer/AreaPicker';
import { countOf, labelOf, queryErrorWords } from '../../model/answerWords';
import { AlsoCovering } from '../answer/AlsoCovering';
import { CoverageList } from '../answer/CoverageList';
import { InstrumentList } from '../answer/InstrumentList';
import { UntiedChannels } from '../answer/UntiedChannels';
import { KIND_NAMES } from '../../model/kindNames';
import type { PanelProps } from '../panelProps';
import '../answer/answer.css';
import { askCoverage } from '../../state/actions';

export function CoveragePanel({ graph, sources, state, answers, act }: PanelProps) {
  const subject = state.coverage;
  const answered = answers.coverage;
  const answer = answered?.ok ? { ok: true as const, ...answered.result } : null;
  const error = answered && !answered.ok ? queryErrorWords(graph, answered.error) : null;

  const subjectLabel = subject ? labelOf(graph, subject) : '';
  const subjectKind =
    subject && graph.hasNode(subject) ? graph.getNodeAttribute(subject, 'kind') : null;

  return (
    <section className="answer-panel" aria-labelledby="coverage-title">
      <h2 id="coverage-title" tabIndex={-1}>
        Coverage
      </h2>
      <p className="answer-hint">
        Pick a crime area to see every forum that covers it and why; or find a forum, project or
        organization to see the areas it covers.
      </p>
      <AreaPicker graph={graph} picked={subject} onPick={(key) => act(askCoverage(key))} />
      {error && (
        <p className="answer-error" role="alert">
          {error}
        </p>
      )}
      {answer?.ok && (
        <div className="answer-result" aria-live="polite">
          <h3>
            {answer.side === 'node'
              ? `Forums covering ${subjectLabel}`
              : `Crime areas covered by ${subjectLabel}`}
          </h3>
          {answer.coverages.length === 0 ? (
            <p className="answer-empty">
              {answer.side === 'node'
                ? `No forum is linked to ${subjectLabel} in these ${countOf(Object.keys(sources).length, 'document')}: not directly, through one of its actions, a project or a declaration.`
                : `${subjectLabel} is not linked to any crime area in the data.`}
            </p>
          ) : (
            <>
              <p className="answer-count">
                {answer.side === 'node'
                  ? countOf(answer.coverages.length, 'forum')
                  : countOf(answer.coverages.length, 'crime area')}
                , most direct first
                {subjectKind && answer.side === 'area' ? ` (${KIND_NAMES[subjectKind].one})` : ''}.
              </p>
              <CoverageList
                graph={graph}
                coverages={answer.coverages}
                side={answer.side}
                act={act}
              />
            </>
          )}
          {answer.side === 'node' && subject && (
            <>
              <InstrumentList
                graph={graph}
                area={subject}
                instruments={answer.instruments}
                act={act}
              />
              <UntiedChannels graph={graph} area={subject} channels={answer.untied} act={act} />
              <AlsoCovering graph={graph} area={subject} act={act} />
            </>
          )}
        </div>
      )}
    </section>
  );
}
