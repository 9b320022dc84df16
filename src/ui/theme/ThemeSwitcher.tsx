/**
 * The header's theme switcher: automatic (the system's light or dark; high contrast presenting),
 * light, dark or high contrast. A pick goes into the view state (setTheme, so the address keeps it
 * for presenting) and is remembered for the next visit (themeStorage.ts).
 */
import { THEMES, type ThemeName } from '../../model/theme';
import { setTheme } from '../../state/actions';
import type { ViewState } from '../../state/viewState';
import type { Act } from '../panelProps';
import { storeTheme } from './themeStorage';

export const THEME_LABELS: Readonly<Record<ThemeName, string>> = {
  light: 'Light',
  dark: 'Dark',
  contrast: 'High contrast',
};

const AUTO = 'auto';

export function ThemeSwitcher({ state, act }: { state: ViewState; act: Act }) {
  return (
    <label className="theme-switcher">
      <span>Theme</span>
      <select
        value={state.theme ?? AUTO}
        onChange={(e) => {
          const theme = THEMES.find((t) => t === e.target.value) ?? null;
          storeTheme(theme);
          act(setTheme(theme));
        }}
      >
        <option value={AUTO}>Automatic</option>
        {THEMES.map((t) => (
          <option key={t} value={t}>
            {THEME_LABELS[t]}
          </option>
        ))}
      </select>
    </label>
  );
}
