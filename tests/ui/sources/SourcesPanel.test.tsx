// @vitest-environment jsdom
// The Sources pane: numbered text with cited passages as marks, both directions of the link,
// the per-document view and the comparison, driven as a person would (Testing Library).
import { render, renderHook, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { SourcesPanel } from '../../../src/ui/panels/SourcesPanel';
import { HeaderSearch } from '../../../src/ui/search/HeaderSearch';
import {
  SearchRequestProvider,
  useSearchRequests,
} from '../../../src/ui/search/SearchRequestContext';
import { DEFAULT_VIEW_STATE, type ViewState } from '../../../src/state/viewState';
import { DOCS, fixtureGraph } from '../../fixtures/citations';
import { NO_ANSWERS } from '../../../src/state/answers';
import { actSpy } from '../../helpers/actSpy';

function renderPane(patch: Partial<ViewState> = {}) {
  const graph = fixtureGraph();
  const state: ViewState = { ...DEFAULT_VIEW_STATE, panel: 'sources', ...patch };
  const { act, update } = actSpy(state);
  const view = render(
    <SourcesPanel graph={graph} sources={DOCS} state={state} answers={NO_ANSWERS} act={act} />,
  );
  return { ...view, update };
}

describe('Sources pane', () => {
  it('shows the document header and its numbered sections', () => {
    renderPane({ doc: 'declaration' });
    expect(
      screen.getByRole('heading', { name: 'Joint Declaration on Test Cooperation' }),
    ).toBeVisible();
    expect(screen.getByText('Heads of Test · 2014-11')).toBeVisible();
    const gutters = screen.getAllByRole('button', { name: /^Section / }).map((b) => b.textContent);
    expect(gutters).toEqual(['title', 'preamble', '1.3(ii)', '8']);
  });

  it('marks every cited passage with a button naming what cites it, overlaps split', () => {
    renderPane({ doc: 'declaration' });
    const section = document.querySelector('[data-section="1.3(ii)"]');
    if (!(section instanceof HTMLElement)) throw new Error('no section 1.3(ii)');
    const marks = within(section).getAllByRole('button', { name: /^Cited by/ });
    expect(marks.map((m) => m.textContent)).toEqual([
      'Strengthening ',
      'border control',
      ' and immigration',
      ', transport security',
    ]);
    expect(marks[1]).toHaveAccessibleName(
      /^Cited by 3: Border control, Border forum, Cyber Capacity Project advances Border control/,
    );
    expect(marks.every((m) => m.tagName === 'MARK' && m.tabIndex === 0)).toBe(true);
  });

  it('focuses the first citing node when a passage is clicked', async () => {
    const { update } = renderPane({ doc: 'declaration' });
    await userEvent.click(screen.getByRole('button', { name: /^Cited by 1: Sea Piracy/ }));
    // The pane was at this document already: the passage and the node change.
    expect(update).toHaveBeenCalledWith({ passage: 'preamble', node: 'area:sea-piracy' });
  });

  it('activates a passage from the keyboard', async () => {
    const { update } = renderPane({ doc: 'declaration' });
    screen.getByRole('button', { name: /^Cited by 1: Sea Piracy/ }).focus();
    await userEvent.keyboard('{Enter}');
    expect(update).toHaveBeenCalledWith(expect.objectContaining({ node: 'area:sea-piracy' }));
  });

  it('at a passage, flashes it and lists its citers, who focus their node', async () => {
    const { update } = renderPane({
      doc: 'fund-factsheet',
      passage: '¶1',
      node: 'forum:cc-dialogue',
    });
    const current = document.querySelector('.source-section[aria-current="location"]');
    expect(current?.getAttribute('data-section')).toBe('¶1');
    expect(current?.classList.contains('flash')).toBe(true);
    const citers = screen.getByRole('group', { name: 'What cites § ¶1' });
    await userEvent.click(within(citers).getByRole('button', { name: 'The Fund' }));
    expect(update).toHaveBeenCalledWith({ node: 'organization:fund' });
    await userEvent.click(within(citers).getByRole('button', { name: /^Details of/ }));
    // The node was focused already: Details opens on it.
    expect(update).toHaveBeenCalledWith({ panel: 'details' });
  });

  it('lists the passages citing the focused node, each opening its passage', async () => {
    const { update } = renderPane({ node: 'forum:cc-dialogue' });
    const region = screen.getByRole('region', { name: 'Passages citing Cybercrime Dialogue' });
    const links = within(region).getAllByRole('button', { name: /^§/ });
    expect(links).toHaveLength(2 + 2); // its own two quotes, then its links' (folded)
    await userEvent.click(links[1] as HTMLElement);
    expect(update).toHaveBeenCalledWith({ doc: 'fund-factsheet', passage: '¶1' });
  });

  it('opens at the passage of the focused node when no passage is chosen', () => {
    const { update } = renderPane({ node: 'project:cyber-capacity' });
    expect(screen.getByRole('combobox', { name: 'Document' })).toHaveValue('fund-factsheet');
    expect(update).toHaveBeenCalledWith(
      { doc: 'fund-factsheet', passage: '¶1' },
      { replace: true },
    );
  });

  it('opens at the passage of the URL even when the focused node does not cite it', () => {
    const { update } = renderPane({
      node: 'project:cyber-capacity',
      doc: 'declaration',
      passage: '8',
    });
    expect(update).not.toHaveBeenCalled();
  });

  it('switches documents and the per-document view', async () => {
    const { update } = renderPane({ doc: 'declaration' });
    await userEvent.selectOptions(
      screen.getByRole('combobox', { name: 'Document' }),
      'fund-factsheet',
    );
    expect(update).toHaveBeenCalledWith({ doc: 'fund-factsheet' }); // at its start: no passage
    const only = screen.getByRole('button', { name: 'Show only what this document states' });
    expect(only).toHaveAttribute('aria-pressed', 'false');
    await userEvent.click(only);
    expect(update).toHaveBeenCalledWith({ only: 'declaration' });
  });

  it('compares two documents as lists', async () => {
    const { update } = renderPane({ doc: 'declaration' });
    await userEvent.click(screen.getByRole('button', { name: 'Compare' }));
    expect(update).toHaveBeenCalledWith({ compare: ['declaration', 'fund-factsheet'] });
  });

  it('shows the comparison lists, kind by kind', () => {
    renderPane({ compare: ['declaration', 'fund-factsheet'] });
    const result = screen.getByRole('region', { name: 'Comparison' });
    const list = (name: RegExp) =>
      within(within(result).getByRole('list', { name }))
        .getAllByRole('button')
        .map((b) => b.textContent);
    expect(list(/^Projects: Only in Fund Fact Sheet/)).toEqual(['Cyber Capacity Project']);
    expect(list(/^Crime areas: Only in Joint Declaration/)).toEqual(['Sea Piracy']);
    expect(list(/^Crime areas: In both/)).toEqual(['Cybercrime']);
    expect(within(result).getByText(/The second adds/)).toHaveTextContent(
      'The second adds 1 project, 1 organization.',
    );
  });
});

describe('what cannot be shown', () => {
  it('says when the passage in the URL is not in the document', () => {
    renderPane({ doc: 'declaration', passage: '99' });
    expect(screen.getByText('This document has no § 99.')).toBeVisible();
  });

  it('lists citations whose quote is not in their section', () => {
    renderPane({ doc: 'declaration' });
    expect(screen.getByText('1 citation could not be found in this document')).toBeVisible();
    expect(screen.getByText(/^Unstated: the quote is not in § 8/)).toBeInTheDocument();
  });
});

describe('following the focused node', () => {
  const graph = fixtureGraph();
  const at = (patch: Partial<ViewState>): ViewState => ({
    ...DEFAULT_VIEW_STATE,
    panel: 'sources',
    doc: 'declaration',
    passage: '8',
    ...patch,
  });

  it('brings the text to the passage of a node focused elsewhere', () => {
    const spy = actSpy();
    const { act, update } = spy;
    const { rerender } = render(
      <SourcesPanel
        graph={graph}
        sources={DOCS}
        state={spy.at(at({}))}
        answers={NO_ANSWERS}
        act={act}
      />,
    );
    expect(update).not.toHaveBeenCalled();
    rerender(
      <SourcesPanel
        graph={graph}
        sources={DOCS}
        state={spy.at(at({ node: 'area:sea-piracy' }))}
        answers={NO_ANSWERS}
        act={act}
      />,
    );
    // The same document: only the passage moves.
    expect(update).toHaveBeenCalledWith({ passage: 'preamble' }, { replace: true });
  });

  it('stays put when the node already cites the passage, or the pane focused it', async () => {
    const spy = actSpy();
    const { act, update } = spy;
    const { rerender } = render(
      <SourcesPanel
        graph={graph}
        sources={DOCS}
        state={spy.at(at({}))}
        answers={NO_ANSWERS}
        act={act}
      />,
    );
    rerender(
      <SourcesPanel
        graph={graph}
        sources={DOCS}
        state={spy.at(at({ node: 'area:cybercrime' }))}
        answers={NO_ANSWERS}
        act={act}
      />,
    );
    expect(update).not.toHaveBeenCalled();
    await userEvent.click(screen.getByRole('button', { name: /^Cited by 1: Sea Piracy/ }));
    expect(update).toHaveBeenCalledTimes(1);
    rerender(
      <SourcesPanel
        graph={graph}
        sources={DOCS}
        state={spy.at(at({ node: 'area:sea-piracy', passage: '1.3(ii)' }))}
        answers={NO_ANSWERS}
        act={act}
      />,
    );
    expect(update).toHaveBeenCalledTimes(1);
  });
});

describe('search for selected text', () => {
  // What the Sources pane's "Search for '…'" button does: ask the header search for the text.
  function Ask({ text }: { text: string }) {
    const { askSearch } = useSearchRequests();
    return (
      <button type="button" onClick={() => askSearch(text)}>
        Ask
      </button>
    );
  }

  it('puts the text in the Search combobox the way typing does, and focuses it', async () => {
    render(
      <SearchRequestProvider>
        <HeaderSearch graph={fixtureGraph()} act={actSpy().act} />
        <Ask text="Cybercrime Dialogue" />
      </SearchRequestProvider>,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Ask' }));
    const box = screen.getByRole('combobox', { name: 'Search' });
    expect(box).toHaveValue('Cybercrime Dialogue');
    expect(box).toHaveFocus();
    // The results are open for the text, as they are for typed text.
    expect(box).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByRole('status')).toHaveTextContent(/^(\d+ results|No matches)$/);
  });

  it('says so when there is no search box', () => {
    const { result } = renderHook(() => useSearchRequests());
    expect(result.current.askSearch('x')).toBe(false);
  });
});
