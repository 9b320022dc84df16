/**
 * The data-quality report as terminal text: a heading line per section (title, severity and
 * count), its findings one per line, then the summary line of counts.
 */
import type { KnowledgeGraph } from '../src/model/graph';
import { qualitySummary, type QualityReport } from '../src/model/qualityReport';

export function qualityText(name: string, graph: KnowledgeGraph, report: QualityReport): string {
  const lines = [`Data quality of ${name}: ${graph.order} nodes, ${graph.size} edges.`];
  for (const s of report.sections) {
    lines.push('', `${s.title} (${s.severity}): ${s.count}`);
    for (const f of s.findings) lines.push(`  ${f.code}: ${f.message}`);
  }
  lines.push('', qualitySummary(report));
  return lines.join('\n');
}
