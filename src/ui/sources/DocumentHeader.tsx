/**
 * The top of the Sources pane: which document (a select of all of them), its title, issuer,
 * date and origin, and the per-document view ("show only what this document states").
 */
import { useId } from 'react';
import type { SourceDocument } from '../../model/sourceDocument';

export interface DocumentHeaderProps {
  documents: readonly SourceDocument[];
  document: SourceDocument;
  /** The document the graph is filtered to (state.only), if any. */
  only: string | null;
  onPick: (id: string) => void;
  onOnly: (id: string | null) => void;
}

export function DocumentHeader({ documents, document, only, onPick, onOnly }: DocumentHeaderProps) {
  const id = useId();
  const onlyThis = only === document.id;
  const onlyOther = only && !onlyThis ? documents.find((d) => d.id === only) : undefined;
  return (
    <header className="doc-header">
      <label htmlFor={`${id}-doc`} className="doc-picker-label">
        Document
      </label>
      <select
        id={`${id}-doc`}
        className="doc-picker"
        value={document.id}
        onChange={(e) => onPick(e.target.value)}
      >
        {documents.map((d) => (
          <option key={d.id} value={d.id}>
            {d.title}
          </option>
        ))}
      </select>
      <h2 className="doc-title">{document.title}</h2>
      <p className="doc-meta">{[document.issuer, document.date].filter(Boolean).join(' · ')}</p>
      {document.origin && <p className="doc-origin">Text: {document.origin}</p>}
      <div className="doc-only">
        <button
          type="button"
          aria-pressed={onlyThis}
          onClick={() => onOnly(onlyThis ? null : document.id)}
        >
          Show only what this document states
        </button>
        {onlyOther && (
          <p className="muted">
            The graph shows only what “{onlyOther.title}” states.{' '}
            <button type="button" className="link" onClick={() => onOnly(null)}>
              Show everything
            </button>
          </p>
        )}
      </div>
    </header>
  );
}
