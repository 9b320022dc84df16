/**
 * The period's two year sliders (real range inputs: arrow keys move a year, Page Up/Down five),
 * "All years" to clear the period, and Play. A slider change replaces the history entry, so a
 * drag is one step of Back.
 */
import type { KeyboardEvent } from 'react';
import { setPeriod, type YearSpan } from '../../state/actions';
import type { Act } from '../panelProps';

export interface YearRangeProps {
  period: readonly [number, number] | null;
  span: YearSpan;
  act: Act;
}

/** Page Up/Down move this many years. */
export const PAGE_YEARS = 5;

export function YearRange({ period, span, act }: YearRangeProps) {
  const [from, to] = period ?? span;
  const set = (next: readonly [number, number]) => act(setPeriod(next, span), { replace: true });
  const onKey = (which: 0 | 1) => (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key !== 'PageUp' && e.key !== 'PageDown') return;
    e.preventDefault();
    const by = e.key === 'PageUp' ? PAGE_YEARS : -PAGE_YEARS;
    if (which === 0) set([Math.min(from + by, to), to]);
    else set([from, Math.max(to + by, from)]);
  };
  return (
    <div className="year-range" role="group" aria-label="Period">
      <label>
        <span>From</span>
        <input
          type="range"
          aria-label="From year"
          min={span[0]}
          max={span[1]}
          step={1}
          value={from}
          aria-valuetext={String(from)}
          onChange={(e) => set([Math.min(Number(e.target.value), to), to])}
          onKeyDown={onKey(0)}
        />
        <output>{from}</output>
      </label>
      <label>
        <span>To</span>
        <input
          type="range"
          aria-label="To year"
          min={span[0]}
          max={span[1]}
          step={1}
          value={to}
          aria-valuetext={String(to)}
          onChange={(e) => set([from, Math.max(Number(e.target.value), from)])}
          onKeyDown={onKey(1)}
        />
        <output>{to}</output>
      </label>
      <button type="button" disabled={period === null} onClick={() => act(setPeriod(null, span))}>
        All years
      </button>
    </div>
  );
}
