/**
 * "Search for '…'": when the person selects text in the document, a small button floats under
 * the selection and asks the header search to look for the text (a search request, see
 * SearchRequestContext). Works for mouse and keyboard selection (checked on mouseup and keyup);
 * the button keeps the selection when pressed.
 */
import { useEffect, useState, type RefObject } from 'react';
import { useSearchRequests } from '../search/SearchRequestContext';

interface Offer {
  text: string;
  top: number;
  left: number;
}

const MAX = 80;

export function SelectionSearch({ container }: { container: RefObject<HTMLElement | null> }) {
  const [offer, setOffer] = useState<Offer | null>(null);
  const { askSearch } = useSearchRequests();

  useEffect(() => {
    const el = container.current;
    if (!el) return;
    const check = () => {
      const sel = window.getSelection();
      const text = sel?.toString().replace(/\s+/g, ' ').trim() ?? '';
      if (!sel || sel.rangeCount === 0 || text.length < 2 || !el.contains(sel.anchorNode)) {
        setOffer(null);
        return;
      }
      const rect = sel.getRangeAt(0).getBoundingClientRect();
      const box = el.getBoundingClientRect();
      setOffer({
        text: text.length > MAX ? text.slice(0, MAX).trimEnd() : text,
        top: rect.bottom - box.top + 4,
        left: Math.max(0, Math.min(rect.left - box.left, box.width - 200)),
      });
    };
    const clear = () => {
      if (window.getSelection()?.isCollapsed) setOffer(null);
    };
    el.addEventListener('mouseup', check);
    el.addEventListener('keyup', check);
    document.addEventListener('selectionchange', clear);
    return () => {
      el.removeEventListener('mouseup', check);
      el.removeEventListener('keyup', check);
      document.removeEventListener('selectionchange', clear);
    };
  }, [container]);

  if (!offer) return null;
  const shown = offer.text.length > 30 ? `${offer.text.slice(0, 30).trimEnd()}…` : offer.text;
  return (
    <button
      type="button"
      className="selection-search"
      style={{ top: offer.top, left: offer.left }}
      onMouseDown={(e) => e.preventDefault()}
      onClick={() => {
        askSearch(offer.text);
        setOffer(null);
      }}
    >
      Search for ‘{shown}’
    </button>
  );
}
