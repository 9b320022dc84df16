/**
 * The theme picked last time, kept in localStorage across reloads. Storage may be off, full or
 * forbidden (private windows, sandboxed frames): reading then gives null and writing does nothing.
 */
import { THEMES, type ThemeName } from '../../model/theme';

const KEY = 'ajct-explorer:theme';

export function readStoredTheme(): ThemeName | null {
  try {
    const raw = window.localStorage.getItem(KEY);
    return THEMES.find((t) => t === raw) ?? null;
  } catch {
    return null;
  }
}

/** Remembers the theme, or forgets it with null (the default again). */
export function storeTheme(theme: ThemeName | null): void {
  try {
    if (theme) window.localStorage.setItem(KEY, theme);
    else window.localStorage.removeItem(KEY);
  } catch {
    // Not remembered: the theme still holds for this visit (it is in the address).
  }
}
