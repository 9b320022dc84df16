// @vitest-environment jsdom
// The focus-landing request: taken once, by the first panel that asks, and lapsing when no
// panel takes it, so a late panel never steals the focus.
import { render, screen } from '@testing-library/react';
import { useRef } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  FocusLandingProvider,
  useLanding,
  useRequestLanding,
  useTakeLanding,
} from '../../src/ui/focusLanding';

function Probe({ onReady }: { onReady(api: { request(): void; take(): boolean }): void }) {
  onReady({ request: useRequestLanding(), take: useTakeLanding() });
  return null;
}

function probe() {
  let api: { request(): void; take(): boolean } | null = null;
  render(
    <FocusLandingProvider>
      <Probe onReady={(a) => (api = a)} />
    </FocusLandingProvider>,
  );
  if (!api) throw new Error('no probe');
  return api as { request(): void; take(): boolean };
}

afterEach(() => vi.useRealTimers());

describe('focus landing', () => {
  it('is taken once, and only after a request', () => {
    const api = probe();
    expect(api.take()).toBe(false);
    api.request();
    expect(api.take()).toBe(true);
    expect(api.take()).toBe(false);
  });

  it('lapses when no panel takes it within a few seconds', () => {
    vi.useFakeTimers({ toFake: ['performance'] });
    const api = probe();
    api.request();
    vi.advanceTimersByTime(6000);
    expect(api.take()).toBe(false);
  });

  it('focuses the element of the panel that takes it', () => {
    function Panel() {
      const ref = useRef<HTMLHeadingElement>(null);
      useLanding(ref, []);
      return (
        <h2 ref={ref} tabIndex={-1}>
          Panel
        </h2>
      );
    }
    function Requester() {
      const request = useRequestLanding();
      request();
      return <Panel />;
    }
    render(
      <FocusLandingProvider>
        <Requester />
      </FocusLandingProvider>,
    );
    expect(screen.getByRole('heading', { name: 'Panel' })).toHaveFocus();
  });
});
