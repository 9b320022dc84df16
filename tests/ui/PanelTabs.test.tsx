// @vitest-environment jsdom
// The side panel tabs follow the ARIA tabs pattern: one tab stop, arrows and Home/End move.
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { PanelTabs, nextTabIndex } from '../../src/ui/PanelTabs';
import type { PanelName } from '../../src/state/viewState';

function Harness() {
  const [panel, setPanel] = useState<PanelName>('details');
  return (
    <>
      <PanelTabs selected={panel} onSelect={setPanel} panelId="p" />
      <div id="p">{panel}</div>
    </>
  );
}

describe('PanelTabs', () => {
  it('wraps around with the arrows and jumps with Home/End', () => {
    expect(nextTabIndex('ArrowRight', 5, 6)).toBe(0);
    expect(nextTabIndex('ArrowLeft', 0, 6)).toBe(5);
    expect(nextTabIndex('Home', 3, 6)).toBe(0);
    expect(nextTabIndex('End', 0, 6)).toBe(5);
    expect(nextTabIndex('a', 0, 6)).toBeNull();
  });

  it('keeps one tab in the Tab order and moves selection and focus from the keyboard', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    const tabs = screen.getAllByRole('tab');
    expect(tabs.filter((t) => t.tabIndex === 0)).toHaveLength(1);
    await user.tab();
    expect(screen.getByRole('tab', { name: 'Details' })).toHaveFocus();
    await user.keyboard('{ArrowRight}');
    const coverage = screen.getByRole('tab', { name: 'Coverage' });
    expect(coverage).toHaveFocus();
    expect(coverage).toHaveAttribute('aria-selected', 'true');
    await user.keyboard('{End}');
    expect(screen.getByRole('tab', { name: 'Quality' })).toHaveAttribute('aria-selected', 'true');
    await user.keyboard('{ArrowRight}');
    expect(screen.getByRole('tab', { name: 'Details' })).toHaveFocus();
  });
});
