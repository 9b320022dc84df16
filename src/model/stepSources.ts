/**
 * What a story step rests on: each node in its focus that the graph has, with its kind and the
 * sources it cites (document, section, verbatim quote), and the short line that names them. The
 * printed handout lists these under each step and the slide deck puts them in the speaker notes.
 */
import type { KnowledgeGraph } from './graph';
import type { NodeKind, Source } from './schema';

/** One node in a step's focus and the sources it rests on. */
export interface FocusSources {
  key: string;
  label: string;
  kind: NodeKind;
  sources: readonly Source[];
}

/** The focus nodes the graph has, in focus order, each with its sources. */
export function stepSources(graph: KnowledgeGraph, focus: readonly string[]): FocusSources[] {
  return focus
    .filter((key) => graph.hasNode(key))
    .map((key) => {
      const a = graph.getNodeAttributes(key);
      return { key, label: a.label, kind: a.kind, sources: a.sources };
    });
}

/** "joint-declaration-2014 § 8, 8.2; public-facts § F26": each document once, its sections. */
export function citeLine(sources: readonly { doc: string; section: string }[]): string {
  const byDoc = new Map<string, string[]>();
  for (const s of sources) {
    const sections = byDoc.get(s.doc) ?? [];
    if (!sections.includes(s.section)) sections.push(s.section);
    byDoc.set(s.doc, sections);
  }
  return [...byDoc]
    .map(([doc, sections]) => {
      const shown = sections.slice(0, 3).join(', ');
      const more = sections.length > 3 ? ` +${sections.length - 3}` : '';
      return `${doc} § ${shown}${more}`;
    })
    .join('; ');
}
