/**
 * The citation index: which passage of which document each node and edge cites, and, the other
 * way round, which nodes and edges cite each passage. Built once per graph and set of documents;
 * the Sources pane draws its highlights from it and the graph lights what a passage states.
 *
 * A citation is located in its section's plain text (see sourceDocument.ts); one that cannot be
 * located is kept aside with the reason, never dropped silently.
 */
import type { KnowledgeGraph } from './graph';
import type { Source } from './schema';
import { locateQuote, parseSourceDocument, type SourceDocument } from './sourceDocument';

/** Whether a citing key is a node or an edge of the graph. */
export type CitingKind = 'node' | 'edge';

/** One located citation: a node or edge, the passage it cites and where the quote sits. */
export interface Citation {
  key: string;
  kind: CitingKind;
  doc: string;
  section: string;
  quote: string;
  /** Offsets of the quote in the section's plain text, end exclusive. */
  start: number;
  end: number;
}

export type UnlocatedReason = 'unknown_document' | 'unknown_section' | 'quote_not_found';

/** A citation whose quote could not be found, with the reason. */
export interface UnlocatedCitation {
  key: string;
  kind: CitingKind;
  source: Source;
  reason: UnlocatedReason;
}

export interface CitationIndex {
  /** The parsed documents, dated ones first by date, then the rest by id. */
  documents: readonly SourceDocument[];
  /** Document id → section id → the citations located there, by start offset. */
  bySection: ReadonlyMap<string, ReadonlyMap<string, readonly Citation[]>>;
  /** Node or edge key → its located citations, in the order the data lists them. */
  byKey: ReadonlyMap<string, readonly Citation[]>;
  unlocated: readonly UnlocatedCitation[];
}

function byDateThenId(a: SourceDocument, b: SourceDocument): number {
  if (a.date && b.date && a.date !== b.date) return a.date < b.date ? -1 : 1;
  if (Boolean(a.date) !== Boolean(b.date)) return a.date ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** Builds the index of every node and edge citation of `graph` against `docs` (id → text). */
export function buildCitationIndex(
  graph: KnowledgeGraph,
  docs: Readonly<Record<string, string>>,
): CitationIndex {
  const documents = Object.entries(docs)
    .map(([id, text]) => parseSourceDocument(id, text))
    .sort(byDateThenId);
  const docById = new Map(documents.map((d) => [d.id, d]));
  const bySection = new Map<string, Map<string, Citation[]>>();
  const byKey = new Map<string, Citation[]>();
  const unlocated: UnlocatedCitation[] = [];

  const add = (key: string, kind: CitingKind, sources: readonly Source[]) => {
    for (const source of sources) {
      const document = docById.get(source.doc);
      const section = document?.sections.find((s) => s.id === source.section);
      const at = section ? locateQuote(section, source.quote) : null;
      if (!document || !section || !at) {
        const reason: UnlocatedReason = !document
          ? 'unknown_document'
          : !section
            ? 'unknown_section'
            : 'quote_not_found';
        unlocated.push({ key, kind, source, reason });
        continue;
      }
      const citation: Citation = { key, kind, ...source, ...at };
      const sections = bySection.get(source.doc) ?? new Map<string, Citation[]>();
      bySection.set(source.doc, sections);
      const list = sections.get(source.section) ?? [];
      sections.set(source.section, list);
      list.push(citation);
      const own = byKey.get(key) ?? [];
      byKey.set(key, own);
      own.push(citation);
    }
  };
  graph.forEachNode((key, attrs) => add(key, 'node', attrs.sources));
  graph.forEachEdge((key, attrs) => add(key, 'edge', attrs.sources));
  for (const sections of bySection.values())
    for (const list of sections.values()) list.sort((a, b) => a.start - b.start || b.end - a.end);
  return { documents, bySection, byKey, unlocated };
}

/** The citations located in one section (empty when none). */
export function sectionCitations(
  index: CitationIndex,
  doc: string,
  section: string,
): readonly Citation[] {
  return index.bySection.get(doc)?.get(section) ?? [];
}

/** The node and edge keys citing one section, each once. */
export function keysCitingSection(
  index: CitationIndex,
  doc: string,
  section: string,
): { nodes: Set<string>; edges: Set<string> } {
  const nodes = new Set<string>();
  const edges = new Set<string>();
  for (const c of sectionCitations(index, doc, section))
    (c.kind === 'node' ? nodes : edges).add(c.key);
  return { nodes, edges };
}

/** A stretch of a section's text: plain, or cited by every citation in `citations`. */
export interface TextSegment {
  start: number;
  end: number;
  text: string;
  /** The citations covering this whole stretch (empty for uncited text). */
  citations: readonly Citation[];
}

/**
 * Splits a section's text into non-overlapping segments at every quote boundary, so that
 * overlapping and nested quotes render as adjacent marks, each knowing all the citations
 * that cover it. Concatenating the segments' text gives the section text back.
 */
export function segmentSection(text: string, citations: readonly Citation[]): TextSegment[] {
  const cuts = new Set<number>([0, text.length]);
  for (const c of citations) {
    cuts.add(Math.max(0, Math.min(text.length, c.start)));
    cuts.add(Math.max(0, Math.min(text.length, c.end)));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const segments: TextSegment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i] ?? 0;
    const end = points[i + 1] ?? start;
    if (end <= start) continue;
    const covering = citations.filter((c) => c.start <= start && c.end >= end);
    const last = segments[segments.length - 1];
    // Merge with the previous segment when nothing changes at the cut (keeps plain text whole).
    if (last && sameCitations(last.citations, covering)) {
      segments[segments.length - 1] = { ...last, end, text: text.slice(last.start, end) };
    } else segments.push({ start, end, text: text.slice(start, end), citations: covering });
  }
  return segments;
}

function sameCitations(a: readonly Citation[], b: readonly Citation[]): boolean {
  return a.length === b.length && a.every((c, i) => c === b[i]);
}

/** The distinct keys of some citations, nodes first, each once, in first-seen order. */
export function citingKeys(citations: readonly Citation[]): { key: string; kind: CitingKind }[] {
  const seen = new Set<string>();
  const out: { key: string; kind: CitingKind }[] = [];
  for (const kind of ['node', 'edge'] as const)
    for (const c of citations)
      if (c.kind === kind && !seen.has(c.key)) {
        seen.add(c.key);
        out.push({ key: c.key, kind });
      }
  return out;
}
