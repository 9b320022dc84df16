/**
 * The themes, as plain data shared by the state (the URL's `theme=`, the scene) and the view (a
 * canvas stylesheet per theme): light, dark and high contrast. Which one shows is resolved from
 * the person's choice, the presenter's default and the system's preferences (resolveTheme).
 */

export const THEMES = ['light', 'dark', 'contrast'] as const;
export type ThemeName = (typeof THEMES)[number];

/** What the browser says of the person's settings, and the theme they picked last time. */
export interface DisplayPrefs {
  /** The theme remembered from an earlier visit (localStorage), or null. */
  stored: ThemeName | null;
  /** `prefers-color-scheme: dark`. */
  prefersDark: boolean;
  /** `prefers-reduced-motion: reduce`: moves are instant. */
  reducedMotion: boolean;
  /** `forced-colors: active`: the system's colours replace the page's. */
  forcedColors: boolean;
}

export const NO_DISPLAY_PREFS: DisplayPrefs = {
  stored: null,
  prefersDark: false,
  reducedMotion: false,
  forcedColors: false,
};

/**
 * The theme shown: the one asked for (the URL or the switcher) wins; presenting defaults to high
 * contrast (a projector); else the remembered one; else the system's light or dark. Under forced
 * colours the canvas shows through the system's background, so the theme follows that: high
 * contrast on a dark one, light on a light one.
 */
export function resolveTheme(
  chosen: ThemeName | null,
  present: boolean,
  prefs: DisplayPrefs,
): ThemeName {
  if (prefs.forcedColors) return prefs.prefersDark ? 'contrast' : 'light';
  if (chosen) return chosen;
  if (present) return 'contrast';
  if (prefs.stored) return prefs.stored;
  return prefs.prefersDark ? 'dark' : 'light';
}
