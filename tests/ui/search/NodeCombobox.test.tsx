// @vitest-environment jsdom
// The node combobox follows the ARIA combobox pattern: typing, arrows, Enter, Escape, grouping.
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { NodeCombobox } from '../../../src/ui/search/NodeCombobox';
import { MAX_QUERY_CHARS, searchIndexFor } from '../../../src/search/searchIndex';
import { fixtureGraph } from '../../search/fixture';

const graph = fixtureGraph();

function setup(props: Partial<React.ComponentProps<typeof NodeCombobox>> = {}) {
  const onPick = vi.fn();
  render(<NodeCombobox label="Search" graph={graph} onPick={onPick} {...props} />);
  const box = screen.getByRole('combobox', { name: 'Search' });
  return { onPick, box, user: userEvent.setup() };
}

describe('NodeCombobox', () => {
  it('is a collapsed combobox controlling a listbox until something is typed', () => {
    const { box } = setup();
    expect(box).toHaveAttribute('aria-expanded', 'false');
    const list = document.getElementById(box.getAttribute('aria-controls') ?? '');
    expect(list).toHaveAttribute('role', 'listbox');
    expect(box).not.toHaveAttribute('aria-activedescendant');
  });

  it('shows results grouped by kind with the match marked, the best one active', async () => {
    const { box, user } = setup();
    await user.type(box, 'recap');
    expect(box).toHaveAttribute('aria-expanded', 'true');
    const list = screen.getByRole('listbox', { name: 'Search results' });
    const groups = within(list).getAllByRole('group');
    expect(groups[0]).toHaveAccessibleName('Declarations & plans');
    const options = within(list).getAllByRole('option');
    expect(options[0]).toHaveTextContent('ReCAAP');
    expect(options[0]).toHaveAttribute('aria-selected', 'true');
    expect(box).toHaveAttribute('aria-activedescendant', options[0]?.id);
    expect(options[0]?.querySelector('mark')).not.toBeNull();
  });

  it('Enter picks the active option and clears the box', async () => {
    const { box, user, onPick } = setup();
    await user.type(box, 'recap{Enter}');
    expect(onPick).toHaveBeenCalledWith('declaration:recaap');
    expect(box).toHaveValue('');
    expect(box).toHaveAttribute('aria-expanded', 'false');
  });

  it('ArrowDown and ArrowUp move the active option, wrapping round', async () => {
    const { box, user, onPick } = setup();
    await user.type(box, 'ammtc');
    const options = screen.getAllByRole('option');
    expect(options.length).toBeGreaterThan(1);
    await user.keyboard('{ArrowDown}');
    expect(box).toHaveAttribute('aria-activedescendant', options[1]?.id);
    expect(options[1]).toHaveAttribute('aria-selected', 'true');
    await user.keyboard('{ArrowUp}{ArrowUp}');
    expect(box).toHaveAttribute('aria-activedescendant', options[options.length - 1]?.id);
    await user.keyboard('{ArrowDown}{ArrowDown}{Enter}');
    expect(onPick).toHaveBeenCalledWith('forum:ammtc-japan');
  });

  it('Escape clears the query and closes the list', async () => {
    const { box, user, onPick } = setup();
    await user.type(box, 'cyber');
    await user.keyboard('{Escape}');
    expect(box).toHaveValue('');
    expect(box).toHaveAttribute('aria-expanded', 'false');
    expect(onPick).not.toHaveBeenCalled();
  });

  it('offers only the given kinds, and says when nothing matches', async () => {
    const { box, user } = setup({ kinds: ['area'] });
    await user.type(box, 'trafficking');
    const options = screen.getAllByRole('option');
    expect(options.map((o) => o.textContent)).toEqual(
      expect.arrayContaining([expect.stringContaining('Trafficking in Persons')]),
    );
    expect(within(screen.getByRole('listbox')).getAllByRole('group')).toHaveLength(1);
    await user.clear(box);
    await user.type(box, 'zzzzqqq');
    expect(screen.queryAllByRole('option')).toHaveLength(0);
    expect(screen.getByRole('status')).toHaveTextContent('No matches');
  });

  it('picks an option by click and can keep the picked label', async () => {
    const { box, user, onPick } = setup({ keepPicked: true });
    await user.type(box, 'jaif');
    await user.click(screen.getByRole('option', { name: /Japan-ASEAN Integration Fund/ }));
    expect(onPick).toHaveBeenCalledWith('organization:jaif');
    expect(box).toHaveValue('Japan-ASEAN Integration Fund');
  });

  it('reads at most the first 100 characters of a pasted page, and says so', async () => {
    const { box, user } = setup();
    box.focus();
    await user.paste(`ReCAAP ${'x'.repeat(100_000)}`);
    expect((box as HTMLInputElement).value).toHaveLength(MAX_QUERY_CHARS);
    expect(screen.getByText('No matches for', { exact: false })).toHaveTextContent(
      'Search reads the first 100 characters.',
    );
    expect(screen.getByRole('status')).toHaveTextContent('Search reads the first 100 characters.');
  });
});

describe('search index, a very long query', () => {
  it('searches the first 100 characters only', () => {
    const index = searchIndexFor(graph);
    const long = `recap${' '.repeat(95)}${'zzzz'.repeat(25_000)}`;
    expect(index.search(long).map((h) => h.key)).toEqual(index.search('recap').map((h) => h.key));
    expect(index.search(long).length).toBeGreaterThan(0);
  });
});
