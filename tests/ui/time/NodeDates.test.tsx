// @vitest-environment jsdom
// Details shows a node's dates with the quote that states them; an undated action the date of
// the declaration that sets it out.
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { NodeDates } from '../../../src/ui/time/NodeDates';
import { realGraph } from '../../fixtures/realGraph';

describe('NodeDates', () => {
  const graph = realGraph();

  it('gives the dates and the quote that names their year, with its place', () => {
    const { container } = render(<NodeDates graph={graph} nodeKey="forum:ajct-dialogue" />);
    expect(container).toHaveTextContent('Since 2006');
    const cite = screen.getByText(/§/);
    expect(cite.closest('p')).toHaveTextContent(/Dated by “.*2006.*”/);
  });

  it('dates an undated action by its declaration, and says nothing for a timeless node', () => {
    const action = graph.filterNodes((_k, a) => a.kind === 'action')[0] ?? '';
    const { container, rerender } = render(<NodeDates graph={graph} nodeKey={action} />);
    expect(container).toHaveTextContent(
      /^Since November 2014, the date of .*Joint Declaration.*, which sets it out$/,
    );
    rerender(<NodeDates graph={graph} nodeKey="area:cybercrime" />);
    expect(container).toBeEmptyDOMElement();
  });
});
