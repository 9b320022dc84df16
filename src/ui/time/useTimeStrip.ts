/**
 * Whether the time strip shows, and the graph toolbar's "Time" toggle for it. By default it
 * shows, except on a window under SHORT_PX high, where it shows only with a period (the address,
 * a story step): even folded it would take the room the overview needs to name its crime areas.
 * The toggle shows it there (its timeline drawn) or hides it anywhere; the choice then holds.
 */
import { useCallback, useState } from 'react';

/** Windows less high than this show the strip only with a period (or the toggle). */
export const SHORT_PX = 800;

export interface TimeStrip {
  shown: boolean;
  /** Shown by the toggle (rather than by default): its timeline is drawn at once. */
  asked: boolean;
  toggle(): void;
}

export function useTimeStrip(period: readonly [number, number] | null): TimeStrip {
  const [short] = useState(() => window.innerHeight < SHORT_PX);
  const [choice, setChoice] = useState<boolean | null>(null);
  const shown = choice ?? (!short || period !== null);
  const toggle = useCallback(() => setChoice(!shown), [shown]);
  return { shown, asked: choice === true, toggle };
}
