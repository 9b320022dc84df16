/**
 * A document as readable text: its sections in order, each with its id in a gutter (the
 * numbering a citation uses) and its cited passages highlighted. The gutter id is a button that
 * shows the passage (lighting what it states in the graph).
 */
import type { ReactNode } from 'react';
import type { Citation, CitationIndex } from '../../model/citations';
import { sectionCitations } from '../../model/citations';
import type { KnowledgeGraph } from '../../model/graph';
import type { SourceDocument } from '../../model/sourceDocument';
import { CitedText } from './CitedText';
import { plural } from '../../model/citingNames';

export interface DocumentTextProps {
  graph: KnowledgeGraph;
  index: CitationIndex;
  document: SourceDocument;
  /** The section shown (state.passage), drawn as current. */
  passage: string | null;
  focusedNode: string | null;
  onSection: (section: string) => void;
  onPassage: (section: string, citations: readonly Citation[], words: string) => void;
  /** Shown right under the current section (what cites it). */
  afterCurrent?: ReactNode;
}

/** The DOM id of a section, stable for links and scrolling. */
export function sectionDomId(doc: string, section: string): string {
  return `src-${doc}-${section}`.replace(/[^\w-]/g, (c) => `_${c.codePointAt(0) ?? 0}`);
}

export function DocumentText(props: DocumentTextProps) {
  const {
    graph,
    index,
    document: doc,
    passage,
    focusedNode,
    onSection,
    onPassage,
    afterCurrent,
  } = props;
  return (
    <div className="source-text">
      {doc.sections.map((s) => {
        const citations = sectionCitations(index, doc.id, s.id);
        const current = s.id === passage;
        return (
          <div
            key={s.id}
            id={sectionDomId(doc.id, s.id)}
            data-section={s.id}
            className={`source-section${current ? ' is-current' : ''}`}
            aria-current={current ? 'location' : undefined}
            // The passage asked for takes the keyboard focus ("Show in source").
            tabIndex={current ? -1 : undefined}
          >
            <button
              type="button"
              className="source-gutter"
              aria-label={`Section ${s.id}${citations.length ? `, ${plural(citations.length, 'citation')}` : ''}`}
              onClick={() => onSection(s.id)}
            >
              {s.id}
            </button>
            <p className="source-para">
              {s.text ? (
                <CitedText
                  graph={graph}
                  text={s.text}
                  citations={citations}
                  focusedNode={focusedNode}
                  onActivate={(cs, words) => onPassage(s.id, cs, words)}
                />
              ) : (
                <span className="source-empty">(empty)</span>
              )}
            </p>
            {current && afterCurrent}
          </div>
        );
      })}
    </div>
  );
}
