/**
 * Where the keyboard focus lands after an action that opens or switches a panel: the action (or
 * the shell, seeing the panel change) asks for a landing, and the panel that is then shown takes
 * the request and focuses what was asked for (its heading, or the passage in the Sources pane).
 * Without it the pressed button disappears with the old panel and the focus falls to the page.
 * One request is pending at a time; a panel that takes it clears it, and one no panel took
 * lapses after a few seconds (or when the tabs switch the panel), so it never steals the focus
 * later.
 */
import {
  createContext,
  useContext,
  useEffect,
  useLayoutEffect,
  useRef,
  useState,
  type DependencyList,
  type ReactNode,
  type RefObject,
} from 'react';

/** The pending request: made, taken (once), or dropped. */
interface Landing {
  request(): void;
  take(): boolean;
  drop(): void;
}

/** How long a request waits for its panel (a lazily loaded one included), ms. */
const LANDING_LAPSES_AFTER = 5000;

/** A landing whose request is the time it was made (performance.now()), or null. */
function createLanding(): Landing {
  let pending: number | null = null;
  return {
    request: () => {
      pending = performance.now();
    },
    take: () => {
      const at = pending;
      pending = null;
      return at !== null && performance.now() - at < LANDING_LAPSES_AFTER;
    },
    drop: () => {
      pending = null;
    },
  };
}

const LandingContext = createContext<Landing | null>(null);

export function FocusLandingProvider({ children }: { children: ReactNode }) {
  const [landing] = useState(createLanding);
  return <LandingContext.Provider value={landing}>{children}</LandingContext.Provider>;
}

/** Asks the next panel shown (or the passage shown next) to take the focus. */
export function useRequestLanding(): () => void {
  const landing = useContext(LandingContext);
  return () => landing?.request();
}

/** Takes a pending request: true once, when a fresh one was made since the last take. */
export function useTakeLanding(): () => boolean {
  const landing = useContext(LandingContext);
  return () => landing?.take() ?? false;
}

/**
 * Focuses `target` when a landing is pending, on mount and whenever `deps` change. Passive
 * effects run after the shell's layout effect has seen the panel change (usePanelChangeLanding).
 */
export function useLanding(target: RefObject<HTMLElement | null>, deps: DependencyList): void {
  const take = useTakeLanding();
  useEffect(() => {
    const el = target.current;
    if (el && take()) el.focus();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, deps);
}

/**
 * The shell's half: when the panel changes while the focus is not on the panel tabs, a landing
 * is requested for the new panel; a change from the tabs keeps the focus there (the tabs
 * pattern) and drops any request.
 */
export function usePanelChangeLanding(panel: string, tabs: RefObject<HTMLElement | null>): void {
  const landing = useContext(LandingContext);
  const shown = useRef(panel);
  useLayoutEffect(() => {
    if (shown.current === panel) return;
    shown.current = panel;
    const active = document.activeElement;
    if (active && tabs.current?.contains(active)) landing?.drop();
    else landing?.request();
  }, [panel, landing, tabs]);
}

/**
 * Mounted with each panel (after it, so the panel's own landing goes first): takes a request no
 * panel took and focuses the panel's heading (an h2 or h3 made focusable with tabIndex -1), or
 * the panel body. The shell owns the panel body, so this looks only inside it.
 */
export function PanelLanding({ body }: { body: RefObject<HTMLElement | null> }) {
  const take = useTakeLanding();
  useEffect(() => {
    const container = body.current;
    if (!container || !take()) return;
    const heading = container.querySelector<HTMLElement>('h2[tabindex="-1"], h3[tabindex="-1"]');
    (heading ?? container).focus();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  return null;
}
