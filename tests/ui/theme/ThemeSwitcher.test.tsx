// @vitest-environment jsdom
// The header's theme switcher: a pick goes into the view state (setTheme) and is remembered in
// localStorage; Automatic forgets it; storage that refuses (private windows) changes nothing else.
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_VIEW_STATE } from '../../../src/state/viewState';
import { ThemeSwitcher } from '../../../src/ui/theme/ThemeSwitcher';
import { readStoredTheme } from '../../../src/ui/theme/themeStorage';
import { actSpy } from '../../helpers/actSpy';

afterEach(() => {
  vi.restoreAllMocks();
  window.localStorage.clear();
});

describe('ThemeSwitcher', () => {
  it('asks for the theme picked and remembers it; Automatic forgets it', async () => {
    const spy = actSpy();
    const { rerender } = render(<ThemeSwitcher state={DEFAULT_VIEW_STATE} act={spy.act} />);
    const select = screen.getByRole('combobox', { name: 'Theme' });
    expect(select).toHaveValue('auto');
    await userEvent.selectOptions(select, 'High contrast');
    expect(spy.update).toHaveBeenLastCalledWith({ theme: 'contrast' });
    expect(readStoredTheme()).toBe('contrast');
    rerender(<ThemeSwitcher state={{ ...DEFAULT_VIEW_STATE, theme: 'contrast' }} act={spy.act} />);
    await userEvent.selectOptions(select, 'Automatic');
    expect(readStoredTheme()).toBeNull();
  });

  it('still switches when storage refuses', async () => {
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new Error('QuotaExceededError');
    });
    vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new Error('SecurityError');
    });
    const spy = actSpy();
    render(<ThemeSwitcher state={DEFAULT_VIEW_STATE} act={spy.act} />);
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Theme' }), 'Dark');
    expect(spy.update).toHaveBeenLastCalledWith({ theme: 'dark' });
    expect(readStoredTheme()).toBeNull();
  });
});
