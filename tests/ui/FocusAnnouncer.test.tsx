// @vitest-environment jsdom
// The live region tells screen-reader users which node is focused and how many neighbours it has.
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { FocusAnnouncer } from '../../src/ui/FocusAnnouncer';
import { fixtureGraph } from '../search/fixture';

describe('FocusAnnouncer', () => {
  const graph = fixtureGraph();

  it('announces the focused node and its neighbour count', () => {
    const { rerender } = render(<FocusAnnouncer graph={graph} node="area:sea-piracy" />);
    expect(screen.getByRole('status')).toHaveTextContent('Focused: Sea Piracy, 2 neighbours');
    rerender(<FocusAnnouncer graph={graph} node={null} />);
    expect(screen.getByRole('status')).toHaveTextContent('');
  });
});
