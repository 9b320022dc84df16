// @vitest-environment jsdom
// The Table panel on the real graph: every node and link counted, sortable headers with
// aria-sort, filters, the fuzzy search, the view's filters and focus followed, a row focusing.
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { NO_ANSWERS } from '../../../src/state/answers';
import { DEFAULT_VIEW_STATE, type ViewState } from '../../../src/state/viewState';
import { TablePanel } from '../../../src/ui/panels/TablePanel';
import { realGraph } from '../../fixtures/realGraph';
import { actSpy } from '../../helpers/actSpy';

const graph = realGraph();

function renderTable(patch: Partial<ViewState> = {}) {
  const state: ViewState = { ...DEFAULT_VIEW_STATE, panel: 'table', ...patch };
  const spy = actSpy(state);
  const view = render(
    <TablePanel graph={graph} sources={{}} state={state} answers={NO_ANSWERS} act={spy.act} />,
  );
  return { ...view, ...spy };
}

const nodesTable = () => screen.getByRole('table', { name: /^Nodes:/ });
const linksTable = () => screen.getByRole('table', { name: /^Links:/ });
const firstName = () =>
  within(nodesTable()).getAllByRole('rowheader')[0]?.textContent ?? '(no rows)';

// The real graph's tables are large for a DOM emulator on a shared machine.
describe('Table panel', { timeout: 30_000 }, () => {
  it('counts every node and link, with a caption, column headers and row headers', () => {
    renderTable();
    expect(nodesTable()).toHaveAccessibleName(`Nodes: ${graph.order} of ${graph.order}`);
    expect(linksTable()).toHaveAccessibleName(`Links: ${graph.size} of ${graph.size}`);
    expect(nodesTable()).toHaveAttribute('aria-rowcount', String(graph.order + 1));
    const headers = within(nodesTable()).getAllByRole('columnheader');
    expect(headers.map((h) => h.getAttribute('scope'))).toEqual(headers.map(() => 'col'));
    // Long tables are virtualised: fewer rows in the page than in the table.
    const drawn = within(linksTable()).getAllByRole('row').length;
    expect(drawn).toBeLessThan(graph.size);
    expect(drawn).toBeGreaterThan(5);
  });

  it('sorts by a column from its header button, whose name is the visible text', async () => {
    renderTable();
    const name = within(nodesTable()).getByRole('columnheader', { name: /^Name/ });
    expect(name).toHaveAttribute('aria-sort', 'ascending');
    const up = firstName();
    await userEvent.click(within(name).getByRole('button', { name: 'Name' }));
    expect(name).toHaveAttribute('aria-sort', 'descending');
    expect(firstName()).not.toBe(up);
    const date = within(nodesTable()).getByRole('columnheader', { name: /^Date/ });
    expect(date).toHaveAttribute('aria-sort', 'none');
    await userEvent.click(within(date).getByRole('button', { name: 'Date' }));
    expect(date).toHaveAttribute('aria-sort', 'ascending');
    expect(name).toHaveAttribute('aria-sort', 'none');
  });

  it('filters by kind, relation and stated or inferred', async () => {
    renderTable();
    const areas = graph.filterNodes((_k, a) => a.kind === 'area').length;
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Kind' }), 'area');
    expect(nodesTable()).toHaveAccessibleName(`Nodes: ${areas} of ${graph.order}`);
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Kind' }), '');
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Relation' }), 'held_in');
    const held = graph.filterEdges((_e, a) => a.relation === 'held_in').length;
    expect(linksTable()).toHaveAccessibleName(`Links: ${held} of ${graph.size}`);
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Relation' }), '');
    await userEvent.selectOptions(
      screen.getByRole('combobox', { name: 'Stated or inferred' }),
      'inferred',
    );
    const inferred = graph.filterEdges((_e, a) => a.inference !== undefined).length;
    expect(linksTable()).toHaveAccessibleName(`Links: ${inferred} of ${graph.size}`);
  });

  it(
    'searches with the fuzzy index ("recap" finds ReCAAP) and a name focuses the node',
    {
      timeout: 30_000,
    },
    async () => {
      const { update } = renderTable();
      await userEvent.type(screen.getByRole('searchbox', { name: 'Search' }), 'recap');
      const button = await within(nodesTable()).findByRole('button', { name: /ReCAAP\)$/ });
      expect(within(nodesTable()).getAllByRole('rowheader').length).toBeLessThan(10);
      await userEvent.click(button);
      expect(update).toHaveBeenLastCalledWith({ node: 'declaration:recaap' });
    },
  );

  it('follows the legend, stated only and the focus', async () => {
    const { unmount } = renderTable({ hidden: ['country'], stated: true });
    const countries = graph.filterNodes((_k, a) => a.kind === 'country').length;
    expect(nodesTable()).toHaveAccessibleName(
      `Nodes: ${graph.order - countries} of ${graph.order}`,
    );
    expect(screen.getByText(/Following the view: hiding countries/)).toBeVisible();
    unmount();

    renderTable({ node: 'area:cybercrime' });
    // The focused row may be out of the rows drawn; with its neighbourhood only, it is drawn.
    await userEvent.click(screen.getByRole('checkbox', { name: /neighbourhood \(Cybercrime\)/ }));
    const near = graph.neighbors('area:cybercrime').length + 1;
    expect(nodesTable()).toHaveAccessibleName(`Nodes: ${near} of ${graph.order}`);
    const marked = within(nodesTable())
      .getAllByRole('row')
      .filter((r) => r.getAttribute('aria-current') === 'true');
    expect(marked.map((r) => r.querySelector('th')?.textContent)).toEqual(['Cybercrime']);
  });
});
