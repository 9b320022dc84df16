/**
 * What went wrong with the person's stored stories, and the way out: dismiss the message, or,
 * when the stored text could not be backed up and blocks saving, download it or discard it
 * (discarding asks once more, since the text is then gone).
 */
import { useState } from 'react';
import type { StoredTextRescue } from './useUserStories';

export interface StoredStoriesAlertProps {
  message: string | null;
  rescue: StoredTextRescue | null;
  dismiss: () => void;
}

export function StoredStoriesAlert({ message, rescue, dismiss }: StoredStoriesAlertProps) {
  const [confirming, setConfirming] = useState(false);
  if (!message && !rescue) return null;
  return (
    <div role="alert" className="stories-error">
      {message && <p>{message}</p>}
      <div className="stories-error-actions">
        {rescue ? (
          <>
            <button type="button" onClick={rescue.download}>
              Download the stored text
            </button>
            {confirming ? (
              <>
                <button type="button" className="danger" onClick={rescue.discard}>
                  Discard it for good
                </button>
                <button type="button" onClick={() => setConfirming(false)}>
                  Keep it
                </button>
              </>
            ) : (
              <button type="button" onClick={() => setConfirming(true)}>
                Discard the stored text…
              </button>
            )}
          </>
        ) : (
          <button type="button" onClick={dismiss}>
            Dismiss
          </button>
        )}
      </div>
    </div>
  );
}
