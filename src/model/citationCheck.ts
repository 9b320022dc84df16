/**
 * Checks the citations of one node or edge against the source documents: the document exists,
 * the section exists in it, and the quote occurs verbatim in that section's plain text.
 * Documents are parsed once per load (`DocumentIndex`), not once per quote.
 */
import { locateQuote, parseSourceDocument, type SourceSection } from './sourceDocument';
import { problem, show, type LoadProblem, type ProblemPlace } from './loadProblems';
import type { Source } from './schema';

/** Parsed documents by id, each with its sections by id, parsed lazily and once. */
export class DocumentIndex {
  private readonly parsed = new Map<string, Map<string, SourceSection>>();

  constructor(private readonly texts: Readonly<Record<string, string>>) {}

  /** The sections of a document by id, or null when there is no such document. */
  sections(doc: string): Map<string, SourceSection> | null {
    const cached = this.parsed.get(doc);
    if (cached) return cached;
    if (!Object.hasOwn(this.texts, doc)) return null;
    const text = this.texts[doc];
    if (typeof text !== 'string') return null;
    const sections = new Map(parseSourceDocument(doc, text).sections.map((s) => [s.id, s]));
    this.parsed.set(doc, sections);
    return sections;
  }

  /** The known document ids, for messages. */
  ids(): string[] {
    return Object.keys(this.texts).sort();
  }
}

/** Every problem with the citations of one node or edge (`owner` names it). */
export function citationProblems(
  sources: readonly Source[],
  owner: { node: string } | { edge: string },
  docs: DocumentIndex,
): LoadProblem[] {
  const problems: LoadProblem[] = [];
  sources.forEach((source, i) => {
    const at = (field: string): ProblemPlace => ({ ...owner, field: `sources[${i}].${field}` });
    const sections = docs.sections(source.doc);
    if (!sections) {
      const known = docs.ids();
      problems.push(
        problem(
          'unknown_document',
          at('doc'),
          known.length > 0 ? `one of the documents ${known.join(', ')}` : 'a document (none given)',
          show(source.doc),
        ),
      );
      return;
    }
    const section = sections.get(source.section);
    if (!section) {
      problems.push(
        problem(
          'unknown_section',
          at('section'),
          `a section of ${source.doc}`,
          show(source.section),
        ),
      );
      return;
    }
    if (!locateQuote(section, source.quote))
      problems.push(
        problem(
          'quote_not_found',
          at('quote'),
          `a quote found in ${source.doc} § ${source.section}`,
          show(source.quote),
        ),
      );
  });
  return problems;
}
