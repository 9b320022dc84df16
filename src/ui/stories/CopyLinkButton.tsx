/**
 * "Copy link": puts the address of the current view (story and step included) on the clipboard,
 * so a briefer can send a step that opens directly. Where the clipboard is refused, says to copy
 * the address bar instead.
 */
import { useState } from 'react';

export function CopyLinkButton() {
  const [status, setStatus] = useState<string | null>(null);
  const copy = () => {
    const url = window.location.href;
    const write = navigator.clipboard?.writeText(url) ?? Promise.reject(new Error('no clipboard'));
    write
      .then(() => setStatus('Link to this step copied.'))
      .catch(() => setStatus('Copy the address in the address bar: it opens this step.'));
  };
  return (
    <>
      <button type="button" onClick={copy}>
        Copy link
      </button>
      {status && (
        <p role="status" className="print-progress">
          {status}
        </p>
      )}
    </>
  );
}
