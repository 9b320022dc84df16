/**
 * Opening a dataset from the header: the Open data button, drops on the page, the dialog, and
 * the drop hint. A dataset that passes every check goes to `onOpened`. The dialog (and the
 * checking code behind it) loads when a person opens a file, not with the first paint.
 */
import { lazy, Suspense } from 'react';
import type { Dataset } from '../../model/datasetBundle';
import { OpenDatasetButton } from './OpenDatasetButton';
import { useFileDrop } from './useFileDrop';
import { useOpenFlow } from './useOpenFlow';
import './dataset.css';

const OpenDatasetDialog = lazy(() =>
  import('./OpenDatasetDialog').then((m) => ({ default: m.OpenDatasetDialog })),
);

export function DatasetOpener({ onOpened }: { onOpened: (dataset: Dataset) => void }) {
  const controls = useOpenFlow(onOpened);
  const dragging = useFileDrop(controls.open, true);
  return (
    <>
      <OpenDatasetButton onFiles={controls.open} />
      {controls.flow.step !== 'idle' && (
        <Suspense fallback={null}>
          <OpenDatasetDialog controls={controls} />
        </Suspense>
      )}
      {dragging && (
        <div className="drop-hint" aria-hidden="true">
          Drop a GEXF, GraphML, JSON bundle or CSV files to open them
        </div>
      )}
    </>
  );
}
