/**
 * Under an area's forums: how many projects and organizations work on it too, each a button that
 * opens the matrix with those columns and the area's row, so the next question is one click away.
 */
import { useMemo } from 'react';
import type { KnowledgeGraph } from '../../model/graph';
import { coverageOf } from '../../model/queries';
import type { Act } from '../panelProps';
import { countOf, labelOf } from '../../model/answerWords';
import { openMatrix } from '../../state/actions';

export interface AlsoCoveringProps {
  graph: KnowledgeGraph;
  area: string;
  act: Act;
}

export function AlsoCovering({ graph, area, act }: AlsoCoveringProps) {
  const counts = useMemo(
    () => ({
      project: coverageOf(graph, area, 'project').length,
      organization: coverageOf(graph, area, 'organization').length,
    }),
    [graph, area],
  );
  return (
    <p className="answer-hint also-covering">
      Also on {labelOf(graph, area)}:{' '}
      <button type="button" className="link-button" onClick={() => act(openMatrix('project'))}>
        {countOf(counts.project, 'project')}
      </button>
      {', '}
      <button type="button" className="link-button" onClick={() => act(openMatrix('organization'))}>
        {countOf(counts.organization, 'organization')}
      </button>{' '}
      (in the matrix).
    </p>
  );
}
