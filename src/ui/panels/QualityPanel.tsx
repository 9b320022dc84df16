/**
 * The Quality panel: the data-quality report of the dataset shown (model/qualityReport.ts), one
 * section per check headed by its count, each finding a button that focuses the node it names
 * (an edge's source), so a curator can walk through them with the graph beside. Long sections
 * show their first findings and offer the rest.
 */
import { useState } from 'react';
import { countOf } from '../../model/answerWords';
import { qualityReportFor } from '../../model/qualityReportFor';
import type { QualityFinding, QualitySection, QualitySeverity } from '../../model/qualityReport';
import { focusNode } from '../../state/actions';
import type { Act, PanelProps } from '../panelProps';
import './quality.css';

/** The findings a section shows before "Show all". */
export const FIRST_FINDINGS = 50;

const SEVERITY_WORDS: Record<QualitySeverity, string> = {
  error: 'error',
  warning: 'warning',
  info: 'information',
};

function Finding({ finding, act }: { finding: QualityFinding; act: Act }) {
  const { node } = finding;
  if (node === undefined) return <li className="quality-finding">{finding.message}</li>;
  return (
    <li className="quality-finding">
      <button type="button" onClick={() => act(focusNode(node))}>
        {finding.message}
      </button>
    </li>
  );
}

function Section({ section, act }: { section: QualitySection; act: Act }) {
  const [all, setAll] = useState(false);
  const id = `quality-${section.check}`;
  const shown = all ? section.findings : section.findings.slice(0, FIRST_FINDINGS);
  return (
    <section
      className={`quality-section quality-section--${section.severity}`}
      aria-labelledby={id}
    >
      <h3 id={id}>
        {section.title}: {section.count}{' '}
        <span className="quality-severity">({SEVERITY_WORDS[section.severity]})</span>
      </h3>
      {section.count === 0 ? (
        <p className="answer-empty">None.</p>
      ) : (
        <ul className="quality-findings" aria-labelledby={id}>
          {shown.map((f, i) => (
            <Finding
              key={`${f.code}:${f.place.node ?? f.place.edge ?? ''}:${f.place.field ?? ''}:${i}`}
              finding={f}
              act={act}
            />
          ))}
        </ul>
      )}
      {shown.length < section.count && (
        <button type="button" className="quality-more" onClick={() => setAll(true)}>
          Show all {section.count}
        </button>
      )}
    </section>
  );
}

export function QualityPanel({ graph, sources, setAside, act }: PanelProps) {
  const report = qualityReportFor({ graph, sources, ...(setAside ? { setAside } : {}) });
  const { error, warning, info } = report.counts;
  return (
    <section className="answer-panel quality-panel" aria-labelledby="quality-title">
      <h2 id="quality-title" tabIndex={-1}>
        Quality
      </h2>
      <p className="answer-hint">
        {error === 0 ? 'No errors' : countOf(error, 'error')}, {countOf(warning, 'warning')}, {info}{' '}
        for information, in {countOf(graph.order, 'node')} and {countOf(graph.size, 'edge')}. A
        finding focuses its node.
      </p>
      {report.sections.map((s) => (
        <Section key={s.check} section={s} act={act} />
      ))}
    </section>
  );
}
