/**
 * Scrolls a passage into the middle of its scrolling panel, and only that panel: the browser's
 * scrollIntoView also scrolls every scrollable ancestor, the page included, which would push the
 * header out of view. Then restarts the flash animation (class off, reflow, class on).
 */

function scrollParent(el: HTMLElement): HTMLElement | null {
  for (let p = el.parentElement; p; p = p.parentElement) {
    const { overflowY } = getComputedStyle(p);
    if ((overflowY === 'auto' || overflowY === 'scroll') && p.scrollHeight > p.clientHeight)
      return p;
  }
  return null;
}

/** Brings `el` to the middle of its scroll container (its top, if taller) and flashes it. */
export function scrollToPassage(el: HTMLElement): void {
  const scroller = scrollParent(el);
  if (scroller) {
    const box = scroller.getBoundingClientRect();
    const r = el.getBoundingClientRect();
    const margin = Math.max(16, (box.height - r.height) / 2);
    scroller.scrollTop += r.top - box.top - margin;
  }
  el.classList.remove('flash');
  void el.offsetWidth;
  el.classList.add('flash');
}
