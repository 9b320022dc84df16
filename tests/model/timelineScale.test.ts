// The timeline's scale: the visible range, zooming about a point, panning, clamping, following
// an item, and the ticks (years at decade zoom, months zoomed in).
import { describe, expect, it } from 'vitest';
import {
  MIN_WINDOW_YEARS,
  clampWindow,
  follow,
  fromPixels,
  fullWindow,
  panWindow,
  placeWords,
  ticksFor,
  toPixels,
  windowWords,
  zoomAbout,
} from '../../src/model/timelineScale';

const bounds = fullWindow([2001, 2027]);

describe('the visible range', () => {
  it('spans whole years, the last included', () => {
    expect(bounds).toEqual({ start: 2001, end: 2028 });
  });

  it('maps years to pixels and back', () => {
    const w = { start: 2000, end: 2010 };
    expect(toPixels(w, 2005, 1000)).toBe(500);
    expect(fromPixels(w, 250, 1000)).toBe(2002.5);
  });
});

describe('clamping', () => {
  it('slides a window that runs off an end back in, keeping its width', () => {
    expect(clampWindow({ start: 1995, end: 2005 }, bounds)).toEqual({ start: 2001, end: 2011 });
    expect(clampWindow({ start: 2025, end: 2030 }, bounds)).toEqual({ start: 2023, end: 2028 });
  });

  it('is never wider than the bounds nor narrower than half a year', () => {
    expect(clampWindow({ start: 1990, end: 2050 }, bounds)).toEqual(bounds);
    const narrow = clampWindow({ start: 2014.2, end: 2014.25 }, bounds);
    expect(narrow.end - narrow.start).toBeCloseTo(MIN_WINDOW_YEARS);
    expect(narrow.start).toBeCloseTo(2014.2);
  });
});

describe('zooming about a point', () => {
  it('keeps the point where it was on the axis', () => {
    const w = { start: 2000, end: 2020 };
    const b = { start: 1990, end: 2030 };
    const z = zoomAbout(w, 2, 2005, b);
    expect(z.end - z.start).toBeCloseTo(10);
    // 2005 was a quarter of the way along; it still is.
    expect((2005 - z.start) / (z.end - z.start)).toBeCloseTo(0.25);
  });

  it('zooms out no further than the whole axis, and stops at half a year zooming in', () => {
    expect(zoomAbout(bounds, 0.5, 2014, bounds)).toEqual(bounds);
    let w = bounds;
    for (let i = 0; i < 20; i++) w = zoomAbout(w, 2, 2014.8, bounds);
    expect(w.end - w.start).toBeCloseTo(MIN_WINDOW_YEARS);
    expect(w.start <= 2014.8 && 2014.8 <= w.end).toBe(true);
  });
});

describe('panning and following', () => {
  it('pans by years and stops at the ends', () => {
    const w = { start: 2010, end: 2015 };
    expect(panWindow(w, 2, bounds)).toEqual({ start: 2012, end: 2017 });
    expect(panWindow(w, -20, bounds)).toEqual({ start: 2001, end: 2006 });
  });

  it('moves only as far as it must to show an item', () => {
    const w = { start: 2010, end: 2020 };
    expect(follow(w, 2012, 2013, bounds)).toBe(w);
    const later = follow(w, 2022, 2022.1, bounds);
    expect(later.end).toBeCloseTo(2022.6);
    expect(later.end - later.start).toBeCloseTo(10);
    const earlier = follow(w, 2005, 2006, bounds);
    expect(earlier.start).toBeCloseTo(2004.5);
  });
});

describe('ticks', () => {
  it('names years, every few, at decade zoom', () => {
    const { unit, ticks } = ticksFor(bounds, 1000);
    expect(unit).toBe('year');
    expect(ticks.every((t) => t.major && Number.isInteger(t.at))).toBe(true);
    const step = (ticks[1]?.at ?? 0) - (ticks[0]?.at ?? 0);
    expect(step).toBeGreaterThan(1);
    // Each label has its room.
    expect(toPixels(bounds, 2000 + step, 1000) - toPixels(bounds, 2000, 1000)).toBeGreaterThan(37);
  });

  it('names every year on a few years', () => {
    const { unit, ticks } = ticksFor({ start: 2010, end: 2020 }, 1000);
    expect(unit).toBe('year');
    expect(ticks.map((t) => t.label)).toEqual(
      Array.from({ length: 11 }, (_, i) => String(2010 + i)),
    );
  });

  it('names months zoomed in, each January by its year', () => {
    const { unit, ticks } = ticksFor({ start: 2014.5, end: 2015.5 }, 1000);
    expect(unit).toBe('month');
    expect(ticks.map((t) => t.label).join(' ')).toBe(
      'Jul Aug Sep Oct Nov Dec 2015 Feb Mar Apr May Jun Jul',
    );
    expect(ticks.filter((t) => t.major).map((t) => t.at)).toEqual([2015]);
  });

  it('names every third month when months are narrower', () => {
    const { unit, ticks } = ticksFor({ start: 2014, end: 2019 }, 1000);
    expect(unit).toBe('month');
    expect(ticks.slice(0, 5).map((t) => t.label)).toEqual(['2014', 'Apr', 'Jul', 'Oct', '2015']);
  });
});

describe('the window in words', () => {
  it('names its first and last year, or month', () => {
    expect(windowWords(bounds, 'year')).toBe('2001 – 2027');
    expect(windowWords({ start: 2014.5, end: 2015.5 }, 'month')).toBe('Jul 2014 – Jun 2015');
    expect(placeWords(2014 + 10 / 12, 'month')).toBe('Nov 2014');
  });
});
