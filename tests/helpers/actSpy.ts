// An `act` for component tests: applies each named action to a fixed view state and reports the
// change it made as a patch (the fields whose values changed) to a spy, so tests can assert what
// an action did with `expect(update).toHaveBeenCalledWith({ node: 'x' })`.
import { vi } from 'vitest';
import { withInvariants } from '../../src/state/actions';
import { DEFAULT_VIEW_STATE, type ViewState } from '../../src/state/viewState';
import type { Act } from '../../src/ui/panelProps';

type Options = Parameters<Act>[1];

/** The fields of `next` whose values differ from `before` (arrays compared by their items). */
export function changedFields(before: ViewState, next: ViewState): Partial<ViewState> {
  const patch: Record<string, unknown> = {};
  for (const key of Object.keys(next) as (keyof ViewState)[]) {
    if (JSON.stringify(before[key]) !== JSON.stringify(next[key])) patch[key] = next[key];
  }
  return patch as Partial<ViewState>;
}

/** `state` is what actions apply to; a test that re-renders with another state sets it. */
export function actSpy(initial: ViewState = DEFAULT_VIEW_STATE) {
  const update = vi.fn<(patch: Partial<ViewState>, options?: Options) => void>();
  const spy = {
    state: initial,
    /** Sets the state actions apply to and returns it: `state={spy.at(next)}` in a re-render. */
    at(state: ViewState): ViewState {
      spy.state = state;
      return state;
    },
    update,
    act: ((action, options) => {
      const patch = changedFields(spy.state, withInvariants(action(spy.state)));
      if (options) update(patch, options);
      else update(patch);
    }) as Act,
  };
  return spy;
}
