/**
 * Full screen for presenter mode. Browsers refuse it without a user gesture, in headless runs and
 * in some frames; presenter mode works the same without it, so every refusal is swallowed.
 */

/** Asks for full screen on `element` (the whole page by default); never throws. */
export function enterFullscreen(element: Element = document.documentElement): void {
  if (document.fullscreenElement || typeof element.requestFullscreen !== 'function') return;
  try {
    element.requestFullscreen().catch(() => undefined);
  } catch {
    // Refused synchronously (old engines): presenter mode goes on in the window.
  }
}

/** Leaves full screen if the page is in it; never throws. */
export function exitFullscreen(): void {
  if (!document.fullscreenElement || typeof document.exitFullscreen !== 'function') return;
  try {
    document.exitFullscreen().catch(() => undefined);
  } catch {
    // Nothing to do: the browser has left full screen already.
  }
}

export function isFullscreen(): boolean {
  return Boolean(document.fullscreenElement);
}
