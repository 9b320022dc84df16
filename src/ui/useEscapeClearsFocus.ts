/**
 * Escape clears the node focus from anywhere on the page outside a text field (where Escape
 * belongs to the field) and outside presenter mode (where it leaves presenting). A key another
 * control has already handled (a menu closing) is left alone.
 */
import { useEffect } from 'react';
import { clearFocus } from '../state/actions';
import type { Act } from './panelProps';

/** Whether Escape belongs to the element: a text field, a list box, an editable text. */
function ownsEscape(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  if (target instanceof HTMLInputElement)
    return !['button', 'checkbox', 'radio', 'submit', 'reset', 'range'].includes(target.type);
  return target.closest('[role="listbox"], [role="menu"], [role="dialog"]') !== null;
}

export function useEscapeClearsFocus(act: Act, enabled: boolean): void {
  useEffect(() => {
    if (!enabled) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape' || e.defaultPrevented || ownsEscape(e.target)) return;
      e.preventDefault();
      act(clearFocus);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [act, enabled]);
}
