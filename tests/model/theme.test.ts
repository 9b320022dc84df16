// Which theme shows: the one asked for, else high contrast when presenting, else the remembered
// one, else the system's light or dark.
import { describe, expect, it } from 'vitest';
import { NO_DISPLAY_PREFS, resolveTheme } from '../../src/model/theme';

describe('resolveTheme', () => {
  const dark = { ...NO_DISPLAY_PREFS, prefersDark: true };
  it('follows the system when nothing is asked for', () => {
    expect(resolveTheme(null, false, NO_DISPLAY_PREFS)).toBe('light');
    expect(resolveTheme(null, false, dark)).toBe('dark');
  });
  it('prefers the remembered theme to the system', () => {
    expect(resolveTheme(null, false, { ...dark, stored: 'light' })).toBe('light');
  });
  it('presents in high contrast unless a theme is asked for', () => {
    expect(resolveTheme(null, true, { ...dark, stored: 'light' })).toBe('contrast');
    expect(resolveTheme('dark', true, NO_DISPLAY_PREFS)).toBe('dark');
  });
  it('takes the theme asked for over everything', () => {
    expect(resolveTheme('contrast', false, { ...dark, stored: 'light' })).toBe('contrast');
  });
  it('follows the system background under forced colours', () => {
    const forced = { ...NO_DISPLAY_PREFS, forcedColors: true };
    expect(resolveTheme('dark', false, forced)).toBe('light');
    expect(resolveTheme('light', true, { ...forced, prefersDark: true })).toBe('contrast');
  });
});
