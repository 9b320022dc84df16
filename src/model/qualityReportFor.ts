/**
 * The data-quality report of a dataset, computed once per dataset (its graph, documents and
 * set-aside edges) and kept while the dataset lives, so opening the Quality panel again, or
 * re-rendering it, does not redo the checks.
 */
import type { KnowledgeGraph } from './graph';
import { qualityReport, type QualityInput, type QualityReport } from './qualityReport';

const cache = new WeakMap<KnowledgeGraph, { input: QualityInput; report: QualityReport }>();

/** The report of `input`; recomputed only when its graph, sources or set-aside edges change. */
export function qualityReportFor(input: QualityInput): QualityReport {
  const hit = cache.get(input.graph);
  if (hit && hit.input.sources === input.sources && hit.input.setAside === input.setAside)
    return hit.report;
  const report = qualityReport(input);
  cache.set(input.graph, { input, report });
  return report;
}
