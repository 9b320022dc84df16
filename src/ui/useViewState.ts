/**
 * Keeps the view state in the URL: decodes it on load (bad parameters become notices), applies
 * the named actions of state/actions.ts (with their invariants), pushes a history entry per
 * change so Back and Forward walk through the views, and follows popstate.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { decodeViewState, encodeViewState, type UrlContext } from '../state/url';
import { withInvariants } from '../state/actions';
import type { ViewState } from '../state/viewState';
import type { Act } from './panelProps';

export interface UrlViewState {
  state: ViewState;
  act: Act;
  notices: string[];
  dismissNotices: () => void;
}

/** The address's state, with the rules every state keeps (an embed shows Details only). */
function decodeWithInvariants(search: string, ctx: UrlContext) {
  const decoded = decodeViewState(search, ctx);
  return { ...decoded, state: withInvariants(decoded.state) };
}

function addressFor(state: ViewState): string {
  // The whole address, not the path alone: a path such as `//` would read as another host.
  const url = new URL(window.location.href);
  url.search = encodeViewState(state);
  return url.href;
}

export function useViewState(ctx: UrlContext): UrlViewState {
  const [initial] = useState(() => decodeWithInvariants(window.location.search, ctx));
  const [state, setState] = useState<ViewState>(initial.state);
  const [notices, setNotices] = useState<string[]>(initial.notices);
  const stateRef = useRef(state);

  useEffect(() => {
    // Normalise the address once: drop what was ignored so a copied link is clean. Children's
    // effects run first and may have changed the state already (an unknown story left out).
    window.history.replaceState(null, '', addressFor(stateRef.current));
  }, [initial]);

  useEffect(() => {
    const onPop = () => {
      const decoded = decodeWithInvariants(window.location.search, ctx);
      stateRef.current = decoded.state;
      setState(decoded.state);
      if (decoded.notices.length) setNotices(decoded.notices);
    };
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, [ctx]);

  const act = useCallback<Act>((action, options) => {
    const next = withInvariants(action(stateRef.current));
    if (next === stateRef.current) return;
    const address = addressFor(next);
    const current = `${window.location.pathname}${window.location.search}${window.location.hash}`;
    if (address !== current) {
      if (options?.replace) window.history.replaceState(null, '', address);
      else window.history.pushState(null, '', address);
    }
    stateRef.current = next;
    setState(next);
  }, []);

  const dismissNotices = useCallback(() => setNotices([]), []);
  return { state, act, notices, dismissNotices };
}
