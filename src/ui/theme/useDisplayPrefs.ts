/**
 * The browser's display settings (dark scheme, reduced motion, forced colours, each followed as it
 * changes) and the theme remembered from the last visit: what the scene resolves the theme from.
 * useDocumentTheme puts the resolved theme on <html data-theme>, where the CSS themes read it.
 */
import { useEffect, useLayoutEffect, useMemo, useState } from 'react';
import type { DisplayPrefs, ThemeName } from '../../model/theme';
import { readStoredTheme } from './themeStorage';

/** Whether a media query matches, kept up to date. */
function useMedia(query: string): boolean {
  const list = useMemo(
    () => (typeof window.matchMedia === 'function' ? window.matchMedia(query) : null),
    [query],
  );
  const [matches, setMatches] = useState(() => list?.matches ?? false);
  useEffect(() => {
    if (!list) return;
    const update = () => setMatches(list.matches);
    update();
    list.addEventListener('change', update);
    return () => list.removeEventListener('change', update);
  }, [list]);
  return matches;
}

/** Whether the system's Canvas colour is dark (read from a probe: forced colours show it). */
function systemCanvasIsDark(): boolean {
  const probe = document.createElement('span');
  probe.style.backgroundColor = 'Canvas';
  document.body.append(probe);
  const rgb = getComputedStyle(probe).backgroundColor.match(/\d+/g)?.map(Number) ?? [];
  probe.remove();
  const [r = 255, g = 255, b = 255] = rgb;
  return 0.2126 * r + 0.7152 * g + 0.0722 * b < 128;
}

export function useDisplayPrefs(): DisplayPrefs {
  const schemeDark = useMedia('(prefers-color-scheme: dark)');
  const reducedMotion = useMedia('(prefers-reduced-motion: reduce)');
  const forcedColors = useMedia('(forced-colors: active)');
  // Under forced colours the canvas shows through the system's background: its darkness counts.
  const prefersDark = useMemo(
    () => (forcedColors ? systemCanvasIsDark() : schemeDark),
    [forcedColors, schemeDark],
  );
  const [stored] = useState(readStoredTheme);
  return useMemo(
    () => ({ stored, prefersDark, reducedMotion, forcedColors }),
    [stored, prefersDark, reducedMotion, forcedColors],
  );
}

/** Shows the page in `theme`: <html data-theme> (base.css) and the native controls' scheme. */
export function useDocumentTheme(theme: ThemeName): void {
  // Before the browser paints React's first picture, so a dark page never flashes light.
  useLayoutEffect(() => {
    document.documentElement.dataset.theme = theme;
  }, [theme]);
}
