/**
 * The Coverage panel: pick a crime area and see every forum that covers it, how, and the paths
 * that prove it, then the agreements and instruments that cover it and the forums no source ties
 * to any area (its gaps, in words); or pick a forum (project, organization) and see the areas it
 * covers. The subject
 * is `state.coverage` (cov= in the URL); its paths light up in the graph (answerHighlight.ts) and
 * come into view.
 */
import { useMemo } from 'react';
import {
  areasCoveredBy,
  forumsCovering,
  instrumentsCovering,
  untiedChannels,
  type Coverage,
  type InstrumentCoverage,
  type UntiedChannel,
} from '../../model/queries';
import { highlightOfPaths } from '../../state/answerHighlight';
import { AreaPicker } from '../answer/AreaPicker';
import { countOf, labelOf, queryErrorWords } from '../../model/answerWords';
import { AlsoCovering } from '../answer/AlsoCovering';
import { CoverageList } from '../answer/CoverageList';
import { InstrumentList } from '../answer/InstrumentList';
import { UntiedChannels } from '../answer/UntiedChannels';
import { useFitAnswer } from '../answer/useFitAnswer';
import { KIND_NAMES } from '../../model/kindNames';
import type { PanelProps } from '../panelProps';
import '../answer/answer.css';

type Answer =
  | {
      ok: true;
      side: 'node' | 'area';
      coverages: Coverage[];
      /** For an area: its instruments and the forums tied to no area. */
      instruments: InstrumentCoverage[];
      untied: UntiedChannel[];
    }
  | { ok: false; message: string };

export function CoveragePanel({ graph, sources, state, update }: PanelProps) {
  const subject = state.coverage;
  const answer = useMemo((): Answer | null => {
    if (!subject) return null;
    try {
      const isArea = graph.hasNode(subject) && graph.getNodeAttribute(subject, 'kind') === 'area';
      return isArea
        ? {
            ok: true,
            side: 'node',
            coverages: forumsCovering(graph, subject),
            instruments: instrumentsCovering(graph, subject),
            untied: untiedChannels(graph),
          }
        : {
            ok: true,
            side: 'area',
            coverages: areasCoveredBy(graph, subject),
            instruments: [],
            untied: [],
          };
    } catch (e) {
      return { ok: false, message: queryErrorWords(graph, e) };
    }
  }, [graph, subject]);

  useFitAnswer(
    useMemo(
      () =>
        highlightOfPaths(
          answer?.ok ? [...answer.coverages.flatMap((c) => c.paths), ...answer.instruments] : [],
        ),
      [answer],
    ),
  );

  const subjectLabel = subject ? labelOf(graph, subject) : '';
  const subjectKind =
    subject && graph.hasNode(subject) ? graph.getNodeAttribute(subject, 'kind') : null;

  return (
    <section className="answer-panel" aria-labelledby="coverage-title">
      <h2 id="coverage-title">Coverage</h2>
      <p className="answer-hint">
        Pick a crime area to see every forum that covers it and why; or find a forum, project or
        organization to see the areas it covers.
      </p>
      <AreaPicker graph={graph} picked={subject} onPick={(key) => update({ coverage: key })} />
      {answer && !answer.ok && (
        <p className="answer-error" role="alert">
          {answer.message}
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
                update={update}
              />
            </>
          )}
          {answer.side === 'node' && subject && (
            <>
              <InstrumentList
                graph={graph}
                area={subject}
                instruments={answer.instruments}
                update={update}
              />
              <UntiedChannels
                graph={graph}
                area={subject}
                channels={answer.untied}
                update={update}
              />
              <AlsoCovering graph={graph} area={subject} update={update} />
            </>
          )}
        </div>
      )}
    </section>
  );
}
