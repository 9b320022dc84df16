/**
 * The header's "Open data" control: a real file input (DESIGN.md) whose `accept` lists the
 * formats, shown as a button; one GEXF, GraphML or JSON bundle, or a nodes and an edges CSV.
 */
import { useId } from 'react';
import { OPEN_ACCEPT } from '../../io/open/openAccept';

export function OpenDatasetButton({ onFiles }: { onFiles: (files: File[]) => void }) {
  const id = useId();
  return (
    <span className="open-dataset">
      <input
        id={id}
        className="open-dataset-input"
        type="file"
        accept={OPEN_ACCEPT}
        multiple
        onChange={(e) => {
          const files = [...(e.target.files ?? [])];
          e.target.value = '';
          if (files.length > 0) onFiles(files);
        }}
      />
      <label htmlFor={id} className="open-dataset-label">
        Open data…
      </label>
    </span>
  );
}
