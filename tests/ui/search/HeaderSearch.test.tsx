// @vitest-environment jsdom
// The header search: "/" jumps to it (not while typing elsewhere); a pick focuses the node and
// shows its details, or keeps the Sources pane, which follows the node.
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { HeaderSearch } from '../../../src/ui/search/HeaderSearch';
import { fixtureGraph } from '../../search/fixture';
import { DEFAULT_VIEW_STATE } from '../../../src/state/viewState';
import { actSpy } from '../../helpers/actSpy';

describe('HeaderSearch', () => {
  it('takes the focus on "/" and focuses the picked node in Details', async () => {
    const { act, update } = actSpy({ ...DEFAULT_VIEW_STATE, panel: 'coverage' });
    render(<HeaderSearch graph={fixtureGraph()} act={act} />);
    const user = userEvent.setup();
    const box = screen.getByRole('combobox', { name: 'Search' });
    expect(box).not.toHaveFocus();
    await user.keyboard('/');
    expect(box).toHaveFocus();
    expect(box).toHaveValue('');
    await user.keyboard('cyber crime{Enter}');
    expect(update).toHaveBeenCalledWith({ node: 'area:cybercrime', panel: 'details' });
  });

  it('keeps the Sources pane open: it follows the picked node', async () => {
    const { act, update } = actSpy({ ...DEFAULT_VIEW_STATE, panel: 'sources' });
    render(<HeaderSearch graph={fixtureGraph()} act={act} />);
    const user = userEvent.setup();
    await user.click(screen.getByRole('combobox', { name: 'Search' }));
    await user.keyboard('cyber crime{Enter}');
    expect(update).toHaveBeenCalledWith({ node: 'area:cybercrime' });
  });

  it('leaves "/" alone while the person types in another field', async () => {
    render(
      <>
        <input aria-label="Notes" />
        <HeaderSearch graph={fixtureGraph()} act={actSpy().act} />
      </>,
    );
    const user = userEvent.setup();
    const notes = screen.getByRole('textbox', { name: 'Notes' });
    await user.click(notes);
    await user.keyboard('a/b');
    expect(notes).toHaveFocus();
    expect(notes).toHaveValue('a/b');
  });
});
