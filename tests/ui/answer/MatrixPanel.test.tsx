// @vitest-environment jsdom
// The Matrix panel on the real data: an accessible table with named cell buttons, sortable rows,
// the column kind and the picked cell in the view state, and a CSV link.
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { ViewState } from '../../../src/state/viewState';
import { MatrixPanel } from '../../../src/ui/panels/MatrixPanel';
import type { GraphHandle } from '../../../src/view/graphHandle';
import { realGraph } from '../../fixtures/realGraph';
import { renderAnswerPanel } from './renderAnswerPanel';

const graph = realGraph();

const renderPanel = (patch: Partial<ViewState>, handle: GraphHandle | null = null) =>
  renderAnswerPanel(MatrixPanel, graph, { panel: 'matrix', ...patch }, handle);

const rowNames = () =>
  within(screen.getByRole('table'))
    .getAllByRole('rowheader')
    .map((th) => th.textContent);

describe('MatrixPanel', () => {
  it('shows the eight areas against the forums, each cell named for screen readers', async () => {
    const update = renderPanel({});
    const table = screen.getByRole('table', { name: /Crime areas × forums/ });
    expect(within(table).getAllByRole('rowheader')).toHaveLength(8);
    const cell = within(table).getByRole('button', {
      name: 'Cybercrime × G8 24/7 Network: strength 2, 1 path',
    });
    // The cell shows its strength, the one unit of cells, totals and the CSV.
    expect(cell).toHaveTextContent('2');
    expect(cell.closest('td')).toHaveClass('strength-2');
    await userEvent.click(cell);
    expect(update).toHaveBeenCalledWith({ cell: ['area:cybercrime', 'forum:g8-24-7-network'] });
  });

  it('sorts the rows from a column header, then the other way', async () => {
    renderPanel({});
    expect(rowNames()[0]).toBe('Terrorism');
    const header = screen.getByRole('button', {
      name: /: ASEAN-Japan Cybercrime \(AJCC\) Dialogue$/,
    });
    await userEvent.click(header);
    expect(header.closest('th')).toHaveAttribute('aria-sort', 'descending');
    expect(rowNames()[0]).toBe('Cybercrime');
    await userEvent.click(header);
    expect(header.closest('th')).toHaveAttribute('aria-sort', 'ascending');
    expect(rowNames()[7]).toBe('Cybercrime');
    await userEvent.click(screen.getByRole('button', { name: 'Crime area' }));
    expect(rowNames()[0]).toBe('Arms Smuggling');
  });

  it('shows the picked cell’s paths and unpicks it on a second click', async () => {
    const update = renderPanel({ cell: ['area:cybercrime', 'forum:g8-24-7-network'] });
    const detail = screen.getByRole('region', { name: 'Cybercrime × G8 24/7 Network' });
    expect(detail).toHaveTextContent('which is pursued through G8 24/7 Network.');
    const cell = screen.getByRole('button', { name: /^Cybercrime × G8 24\/7 Network:/ });
    expect(cell).toHaveAttribute('aria-pressed', 'true');
    await userEvent.click(cell);
    expect(update).toHaveBeenCalledWith({ cell: null });
  });

  it('switches the columns to projects and clears the cell', async () => {
    const update = renderPanel({ cell: ['area:cybercrime', 'forum:g8-24-7-network'] });
    await userEvent.click(screen.getByRole('radio', { name: 'Projects' }));
    expect(update).toHaveBeenCalledWith({ matrix: 'project', cell: null });
  });

  it('offers the table as CSV', () => {
    renderPanel({ matrix: 'organization' });
    const link = screen.getByRole('link', { name: 'Download CSV' });
    expect(link).toHaveAttribute('download', 'coverage-areas-x-organizations.csv');
    const csv = decodeURIComponent((link.getAttribute('href') ?? '').replace(/^data:[^,]*,/, ''));
    expect(csv.split('\r\n')[0]).toMatch(
      /^Crime area \(coverage strength 1-4\),.*Japan-ASEAN Integration Fund \(JAIF\).*,Total strength$/,
    );
    expect(csv.split('\r\n')).toHaveLength(10);
  });
});
