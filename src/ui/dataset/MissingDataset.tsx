/**
 * Said when a link names a dataset this browser does not keep: the built-in one is shown
 * instead, and the person can open the dataset's file (the header's Open data control).
 */
import { OPEN_INPUT_ID } from './OpenDatasetButton';

export function MissingDataset({ id, onDismiss }: { id: string; onDismiss: () => void }) {
  return (
    <div className="notice" role="alert">
      <span>
        This link shows the dataset “{id}”, which this browser does not keep; the built-in dataset
        is shown instead. Open its file to see it.
      </span>
      <button type="button" onClick={() => document.getElementById(OPEN_INPUT_ID)?.click()}>
        Open the file…
      </button>
      <button type="button" onClick={onDismiss} aria-label="Dismiss notice">
        ×
      </button>
    </div>
  );
}
