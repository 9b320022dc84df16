/**
 * The cited documents of data/sources/: parsing one into its header and addressable sections,
 * and finding a quote in it. Pure text handling, shared by the validator and the Sources pane.
 *
 * File format (Markdown):
 *   ---
 *   title: The ASEAN-Japan Joint Declaration …
 *   issuer: Heads of State/Government of ASEAN and Japan
 *   date: 2014-11
 *   origin: where the text was taken from
 *   ---
 *   <!-- § preamble -->
 *   text of the section …
 *   <!-- § 1.3(ii) -->
 *   text of the next section …
 *
 * A section runs from its anchor to the next one. Quotes are matched against the section's plain
 * text: Markdown emphasis and heading marks removed, runs of white space folded to one space.
 */

export interface SourceSection {
  /** The section id as cited: "preamble", "1.3", "1.3(ii)", "F26", "¶4". */
  id: string;
  /** Plain text of the section (what quotes are matched against and what the pane shows). */
  text: string;
}

export interface SourceDocument {
  id: string;
  title: string;
  issuer: string;
  date: string;
  origin: string;
  sections: SourceSection[];
}

const ANCHOR = /^<!--\s*§\s*(.+?)\s*-->\s*$/;

/** Removes Markdown emphasis and heading marks and folds white space. */
export function toPlainText(markdown: string): string {
  return foldSpace(
    markdown
      .replace(/^\s{0,3}#{1,6}\s+/gm, '')
      .replace(/\*\*|__/g, '')
      .replace(/(^|[^\w*])\*(?=\S)([^*\n]+?)\*(?!\w)/g, '$1$2')
      .replace(/^\s*[-•]\s+/gm, ''),
  );
}

/** Folds every run of white space to one space and trims. */
export function foldSpace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function parseHeader(lines: string[]): { meta: Record<string, string>; bodyStart: number } {
  const meta: Record<string, string> = {};
  if (lines[0]?.trim() !== '---') return { meta, bodyStart: 0 };
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (line.trim() === '---') return { meta, bodyStart: i + 1 };
    const m = /^(\w+):\s*(.*)$/.exec(line);
    if (m?.[1]) meta[m[1]] = m[2] ?? '';
  }
  return { meta, bodyStart: 0 };
}

/** Parses a source document's text. Text before the first anchor is not addressable. */
export function parseSourceDocument(id: string, markdown: string): SourceDocument {
  const lines = markdown.split(/\r?\n/);
  const { meta, bodyStart } = parseHeader(lines);
  const sections: SourceSection[] = [];
  let current: { id: string; lines: string[] } | null = null;
  const flush = () => {
    if (current) sections.push({ id: current.id, text: toPlainText(current.lines.join('\n')) });
  };
  for (const line of lines.slice(bodyStart)) {
    const anchor = ANCHOR.exec(line);
    if (anchor?.[1]) {
      flush();
      current = { id: anchor[1], lines: [] };
    } else if (current) current.lines.push(line);
  }
  flush();
  return {
    id,
    title: meta.title ?? id,
    issuer: meta.issuer ?? '',
    date: meta.date ?? '',
    origin: meta.origin ?? '',
    sections,
  };
}

/** Where a quote sits in a section's plain text, or null when it does not occur there. */
export function locateQuote(
  section: SourceSection,
  quote: string,
): { start: number; end: number } | null {
  const needle = foldSpace(quote);
  const start = section.text.indexOf(needle);
  return start < 0 ? null : { start, end: start + needle.length };
}
