/**
 * Keeps a fault in one part of the page inside that part: a panel whose code cannot be loaded
 * (a stale deploy, a dropped connection) or that throws while drawing shows a message in its
 * place, and the rest of the explorer stays as it was. The view is in the address and own
 * stories in the browser's storage, so "Reload" brings everything back.
 */
import { Component, type ReactNode } from 'react';

export interface ErrorBoundaryProps {
  /** What the part is, for the message ("The Coverage panel"). */
  what: string;
  /** Changing this (e.g. the panel shown) clears a fault shown before. */
  resetKey?: string;
  children: ReactNode;
}

interface ErrorBoundaryState {
  error: Error | null;
  resetKey: string | undefined;
}

/** Words for a fault: a chunk that did not arrive reads as a connection problem. */
export function faultWords(error: Error): string {
  return /dynamically imported module|Importing a module script failed|Failed to fetch/i.test(
    error.message,
  )
    ? 'its code could not be loaded (the connection dropped, or the explorer was updated)'
    : 'it stopped with an error';
}

export class ErrorBoundary extends Component<ErrorBoundaryProps, ErrorBoundaryState> {
  override state: ErrorBoundaryState = { error: null, resetKey: this.props.resetKey };

  static getDerivedStateFromError(error: unknown): Partial<ErrorBoundaryState> {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  static getDerivedStateFromProps(
    props: ErrorBoundaryProps,
    state: ErrorBoundaryState,
  ): Partial<ErrorBoundaryState> | null {
    return props.resetKey !== state.resetKey ? { error: null, resetKey: props.resetKey } : null;
  }

  override componentDidCatch(error: Error): void {
    console.error(`${this.props.what}:`, error);
  }

  override render(): ReactNode {
    const { error } = this.state;
    if (!error) return this.props.children;
    return <FaultMessage what={this.props.what} error={error} />;
  }
}

/** The message shown in place of a part that failed, with a Reload button. */
export function FaultMessage({ what, error }: { what: string; error: Error }) {
  return (
    <div className="fault" role="alert">
      <p>
        {what} could not be shown: {faultWords(error)}. Everything else still works.
      </p>
      <button type="button" onClick={() => location.reload()}>
        Reload
      </button>
    </div>
  );
}
