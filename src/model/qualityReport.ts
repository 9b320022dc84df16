/**
 * The data-quality report of a dataset, embedded or opened: one section per check (qualityChecks.ts)
 * with its findings and their count, and how grave each section is. Quotes not found and dangling
 * edges are errors (a claim that cites what is not there, a link the file names but cannot draw);
 * unsourced facts, orphans and near-duplicate labels are warnings; inferred facts are information.
 * The app's Quality panel and `npm run quality` both show this report.
 */
import type { KnowledgeGraph } from './graph';
import type { LoadProblem } from './loadProblems';
import {
  danglingEdges,
  inferredFacts,
  nearDuplicates,
  orphans,
  quotesNotFound,
  unsourcedEdges,
  unsourcedNodes,
  type QualityFinding,
} from './qualityChecks';

export type { QualityFinding, QualityFindingCode } from './qualityChecks';

export const QUALITY_CHECKS = [
  'quotes_not_found',
  'dangling_edges',
  'unsourced_nodes',
  'unsourced_edges',
  'orphans',
  'near_duplicate_labels',
  'inferred_facts',
] as const;
export type QualityCheck = (typeof QUALITY_CHECKS)[number];

export type QualitySeverity = 'error' | 'warning' | 'info';

export const QUALITY_TITLES: Record<QualityCheck, string> = {
  quotes_not_found: 'Quotes not found',
  dangling_edges: 'Dangling edges',
  unsourced_nodes: 'Unsourced nodes',
  unsourced_edges: 'Unsourced edges',
  orphans: 'Orphans',
  near_duplicate_labels: 'Near-duplicate labels',
  inferred_facts: 'Inferred facts',
};

export const QUALITY_SEVERITY: Record<QualityCheck, QualitySeverity> = {
  quotes_not_found: 'error',
  dangling_edges: 'error',
  unsourced_nodes: 'warning',
  unsourced_edges: 'warning',
  orphans: 'warning',
  near_duplicate_labels: 'warning',
  inferred_facts: 'info',
};

export interface QualitySection {
  check: QualityCheck;
  title: string;
  severity: QualitySeverity;
  count: number;
  findings: QualityFinding[];
}

export interface QualityReport {
  sections: QualitySection[];
  /** Findings in error sections, warning sections and info sections. */
  counts: Record<QualitySeverity, number>;
}

/** What the report reads: the graph shown, its documents, and the edges set aside on opening. */
export interface QualityInput {
  graph: KnowledgeGraph;
  sources: Readonly<Record<string, string>>;
  setAside?: readonly LoadProblem[];
}

export function qualityReport({ graph, sources, setAside = [] }: QualityInput): QualityReport {
  const findings: Record<QualityCheck, () => QualityFinding[]> = {
    quotes_not_found: () => quotesNotFound(graph, sources),
    dangling_edges: () => danglingEdges(setAside),
    unsourced_nodes: () => unsourcedNodes(graph),
    unsourced_edges: () => unsourcedEdges(graph),
    orphans: () => orphans(graph),
    near_duplicate_labels: () => nearDuplicates(graph),
    inferred_facts: () => inferredFacts(graph),
  };
  const sections = QUALITY_CHECKS.map((check): QualitySection => {
    const found = findings[check]();
    return {
      check,
      title: QUALITY_TITLES[check],
      severity: QUALITY_SEVERITY[check],
      count: found.length,
      findings: found,
    };
  });
  const counts: Record<QualitySeverity, number> = { error: 0, warning: 0, info: 0 };
  for (const s of sections) counts[s.severity] += s.count;
  return { sections, counts };
}

/** Whether the report has anything that is an error (the CLI exits 1 on it). */
export const hasErrors = (report: QualityReport): boolean => report.counts.error > 0;

/** The one-line summary of counts: `2 errors, 3 warnings, 29 info: 1 quotes not found, …`. */
export function qualitySummary(report: QualityReport): string {
  const { error, warning, info } = report.counts;
  const per = report.sections.map((s) => `${s.count} ${s.title.toLowerCase()}`).join(', ');
  return `${plural(error, 'error')}, ${plural(warning, 'warning')}, ${info} info: ${per}`;
}

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;
