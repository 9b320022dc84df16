/**
 * The timeline's zoom and pan by pointer: the wheel (or a trackpad's pinch, which Chromium sends
 * as a wheel with Ctrl) zooms about the pointer, a sideways wheel or Shift+wheel pans, a drag
 * pans and two fingers pinch. The window itself is model/timelineScale.ts's; the axis's width in
 * pixels is measured here. A drag that moved is not a click (`dragged`).
 */
import {
  useEffect,
  useLayoutEffect,
  useRef,
  useState,
  type Dispatch,
  type RefObject,
  type SetStateAction,
} from 'react';
import { fromPixels, panWindow, zoomAbout, type TimeWindow } from '../../model/timelineScale';

/** A wheel notch (100 px of delta) zooms by this much. */
const WHEEL_ZOOM = 1.25;
/** The width assumed before the axis is measured (and where nothing measures, as in jsdom). */
const FALLBACK_PX = 800;

export interface TimelineZoom {
  /** The axis's width in pixels. */
  px: number;
  /** True just after a drag that moved: the click that ends it is not a choice. */
  dragged(): boolean;
}

export function useTimelineZoom(
  svg: RefObject<SVGSVGElement | null>,
  bounds: TimeWindow,
  setView: Dispatch<SetStateAction<TimeWindow>>,
): TimelineZoom {
  const [px, setPx] = useState(FALLBACK_PX);
  const latest = useRef({ bounds, px, setView });
  useLayoutEffect(() => {
    latest.current = { bounds, px, setView };
  }, [bounds, px, setView]);
  const moved = useRef(false);

  useEffect(() => {
    const el = svg.current;
    if (!el) return;
    const measure = () => setPx(el.getBoundingClientRect().width || FALLBACK_PX);
    measure();
    if (typeof ResizeObserver !== 'function') return;
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, [svg]);

  useEffect(() => {
    const el = svg.current;
    if (!el) return;
    const at = (w: TimeWindow, clientX: number) =>
      fromPixels(w, clientX - el.getBoundingClientRect().left, latest.current.px);
    // Not React's onWheel: that listener is passive, and the page must not scroll.
    const onWheel = (e: WheelEvent) => {
      const { bounds: b, px: width, setView: set } = latest.current;
      e.preventDefault();
      const sideways = e.shiftKey ? e.deltaY : e.deltaX;
      if (Math.abs(sideways) > Math.abs(e.deltaY) || e.shiftKey)
        set((w) => panWindow(w, (sideways / width) * (w.end - w.start), b));
      else set((w) => zoomAbout(w, WHEEL_ZOOM ** (-e.deltaY / 100), at(w, e.clientX), b));
    };
    const pointers = new Map<number, number>();
    let last: { x: number; gap: number } | null = null;
    const spread = () => {
      const xs = [...pointers.values()];
      const x = xs.reduce((s, v) => s + v, 0) / xs.length;
      return { x, gap: xs.length > 1 ? Math.abs((xs[0] ?? 0) - (xs[1] ?? 0)) : 0 };
    };
    const onDown = (e: PointerEvent) => {
      if (e.button !== 0) return;
      pointers.set(e.pointerId, e.clientX);
      last = spread();
      moved.current = false;
    };
    const onMove = (e: PointerEvent) => {
      if (!pointers.has(e.pointerId) || last === null) return;
      pointers.set(e.pointerId, e.clientX);
      const now = spread();
      const before = last;
      const { bounds: b, px: width, setView: set } = latest.current;
      if (!moved.current && Math.abs(now.x - before.x) < 4 && Math.abs(now.gap - before.gap) < 4)
        return;
      if (!moved.current) el.setPointerCapture(e.pointerId);
      moved.current = true;
      const pinch = pointers.size > 1 && before.gap > 0 && now.gap > 0;
      set((w) => {
        const next = panWindow(w, ((before.x - now.x) / width) * (w.end - w.start), b);
        return pinch ? zoomAbout(next, now.gap / before.gap, at(next, now.x), b) : next;
      });
      last = now;
    };
    const onUp = (e: PointerEvent) => {
      pointers.delete(e.pointerId);
      last = pointers.size > 0 ? spread() : null;
    };
    el.addEventListener('wheel', onWheel, { passive: false });
    el.addEventListener('pointerdown', onDown);
    el.addEventListener('pointermove', onMove);
    el.addEventListener('pointerup', onUp);
    el.addEventListener('pointercancel', onUp);
    return () => {
      el.removeEventListener('wheel', onWheel);
      el.removeEventListener('pointerdown', onDown);
      el.removeEventListener('pointermove', onMove);
      el.removeEventListener('pointerup', onUp);
      el.removeEventListener('pointercancel', onUp);
    };
  }, [svg]);

  return { px, dragged: () => moved.current };
}
