/**
 * The dialog of opening a dataset: reading, the column mapping (foreign formats), checking with
 * its progress, and every problem with its place when the file cannot be opened (the dataset
 * shown stays as it was). Escape or Cancel closes it.
 */
import { useEffect, useRef } from 'react';
import { ColumnMappingForm } from './ColumnMappingForm';
import type { OpenFlowControls } from './useOpenFlow';
import './openDialog.css';

export function OpenDatasetDialog({ controls }: { controls: OpenFlowControls }) {
  const { flow, check, back, cancel } = controls;
  const ref = useRef<HTMLDivElement>(null);
  const open = flow.step !== 'idle';
  useEffect(() => {
    if (open) ref.current?.focus();
  }, [open, flow.step]);
  if (flow.step === 'idle') return null;
  const names = flow.names.join(' and ');
  return (
    <div className="dialog-backdrop">
      <div
        ref={ref}
        className="open-dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby="open-dialog-title"
        tabIndex={-1}
        onKeyDown={(e) => {
          if (e.key === 'Escape') {
            e.stopPropagation();
            cancel();
          }
        }}
      >
        <h2 id="open-dialog-title">Open {names}</h2>
        {flow.step === 'reading' && <p role="status">Reading the file…</p>}
        {flow.step === 'checking' && (
          <div role="status">
            <p>{flow.stage}…</p>
            <progress
              aria-label="Checking the file"
              max={1}
              value={flow.fraction}
            >{`${Math.round(flow.fraction * 100)}%`}</progress>
          </div>
        )}
        {flow.step === 'mapping' && (
          <ColumnMappingForm
            summary={flow.summary}
            initial={flow.mapping}
            onSubmit={check}
            onCancel={cancel}
          />
        )}
        {flow.step === 'problems' && (
          <>
            <p role="alert">
              {names} cannot be opened: {flow.problems.length} problem(s). The dataset shown and
              everything stored stay as they were.
            </p>
            <ul className="open-problems" aria-label="Problems">
              {flow.problems.map((p, i) => (
                <li key={i}>{p.message}</li>
              ))}
            </ul>
            <div className="dialog-actions">
              {flow.retry && (
                <button type="button" onClick={back}>
                  Back to the columns
                </button>
              )}
              <button type="button" onClick={cancel}>
                Close
              </button>
            </div>
          </>
        )}
        {(flow.step === 'reading' || flow.step === 'checking') && (
          <div className="dialog-actions">
            <button type="button" onClick={cancel}>
              Cancel
            </button>
          </div>
        )}
      </div>
    </div>
  );
}
