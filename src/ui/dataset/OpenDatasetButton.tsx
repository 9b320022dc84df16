/**
 * The header's "Open data" control: a real file input (DESIGN.md) whose `accept` lists the
 * formats, shown as a button; one GEXF, GraphML or JSON bundle, or a nodes and an edges CSV.
 */
import { OPEN_ACCEPT } from '../../io/open/openAccept';

/** The input's id, for the notice that offers to open a missing dataset's file. */
export const OPEN_INPUT_ID = 'open-dataset-input';

export function OpenDatasetButton({ onFiles }: { onFiles: (files: File[]) => void }) {
  const id = OPEN_INPUT_ID;
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
