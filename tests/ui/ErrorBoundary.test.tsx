// @vitest-environment jsdom
// A part that throws shows a message in its place (naming the part and, for code that did not
// arrive, the connection); the rest stays; a new reset key clears the fault.
import { render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { ErrorBoundary, faultWords } from '../../src/ui/ErrorBoundary';

function Broken(): never {
  throw new Error('Failed to fetch dynamically imported module: /assets/CoveragePanel.js');
}

describe('ErrorBoundary', () => {
  it('shows a message in place of the part that failed, and keeps the rest', () => {
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    render(
      <div>
        <p>The rest</p>
        <ErrorBoundary what="The Coverage panel" resetKey="coverage">
          <Broken />
        </ErrorBoundary>
      </div>,
    );
    expect(screen.getByRole('alert').textContent).toMatch(
      /^The Coverage panel could not be shown: its code could not be loaded/,
    );
    expect(screen.getByText('The rest')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Reload' })).toBeTruthy();
    quiet.mockRestore();
  });

  it('clears the fault when the part shown changes', () => {
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const { rerender } = render(
      <ErrorBoundary what="The panel" resetKey="coverage">
        <Broken />
      </ErrorBoundary>,
    );
    expect(screen.queryByRole('alert')).not.toBeNull();
    rerender(
      <ErrorBoundary what="The panel" resetKey="details">
        <p>Details</p>
      </ErrorBoundary>,
    );
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByText('Details')).toBeTruthy();
    quiet.mockRestore();
  });

  it('words a fault by its kind', () => {
    expect(faultWords(new Error('Importing a module script failed.'))).toMatch(/connection/);
    expect(faultWords(new Error('x is undefined'))).toBe('it stopped with an error');
  });
});
