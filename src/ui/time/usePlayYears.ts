/**
 * Play: steps the period's last year on once per interval (state/actions.ts stepYear) until the
 * data's last year, then stops. Starting at the end starts again from the period's first year.
 * With prefers-reduced-motion the steps come at half the pace.
 */
import { useCallback, useEffect, useState } from 'react';
import { setPeriod, stepYear, type YearSpan } from '../../state/actions';
import type { Act } from '../panelProps';

/** Milliseconds per year played (doubled for reduced motion). */
export const PLAY_STEP_MS = 1200;

function reducedMotion(): boolean {
  return window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
}

export function usePlayYears(
  period: readonly [number, number] | null,
  span: YearSpan,
  act: Act,
): { playing: boolean; toggle: () => void } {
  const [playing, setPlaying] = useState(false);
  const atEnd = period !== null && period[1] >= span[1];

  const running = playing && !atEnd;
  useEffect(() => {
    if (!running) return;
    const ms = reducedMotion() ? PLAY_STEP_MS * 2 : PLAY_STEP_MS;
    const timer = window.setTimeout(() => {
      act(stepYear(span), { replace: true });
      if (period !== null && period[1] + 1 >= span[1]) setPlaying(false);
    }, ms);
    return () => window.clearTimeout(timer);
  }, [running, period, span, act]);

  const toggle = useCallback(() => {
    if (running) return setPlaying(false);
    if (period === null) act(setPeriod([span[0], span[0]], span));
    else if (atEnd) act(setPeriod([period[0], period[0]], span));
    setPlaying(true);
  }, [running, period, atEnd, span, act]);

  return { playing: running, toggle };
}
