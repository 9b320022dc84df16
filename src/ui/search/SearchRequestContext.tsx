/**
 * Asking the header search to look for some text (the Sources pane's "Search for '…'") through
 * React state, not the DOM: `askSearch(text)` makes a new request `{ text, id }`, and the header
 * search box, which owns its text, takes each new request as if the person had typed it there.
 * Without a provider there is no search box to ask, and `askSearch` says so by returning false.
 */
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';

/** One request: the text to search for; `id` tells a new request from the one before. */
export interface SearchRequest {
  text: string;
  id: number;
}

export interface SearchRequests {
  /** The latest request, or null before the first. */
  request: SearchRequest | null;
  /** Asks the header search to look for `text`; false when there is no search box to ask. */
  askSearch: (text: string) => boolean;
}

const NO_SEARCH_BOX: SearchRequests = { request: null, askSearch: () => false };

const SearchRequestContext = createContext<SearchRequests>(NO_SEARCH_BOX);

/** Holds the latest search request for the header search and whoever asks. */
export function SearchRequestProvider({ children }: { children: ReactNode }) {
  const [request, setRequest] = useState<SearchRequest | null>(null);
  const askSearch = useCallback((text: string) => {
    setRequest((before) => ({ text, id: (before?.id ?? 0) + 1 }));
    return true;
  }, []);
  const value = useMemo(() => ({ request, askSearch }), [request, askSearch]);
  return <SearchRequestContext.Provider value={value}>{children}</SearchRequestContext.Provider>;
}

/** The latest search request and the way to make one. */
export function useSearchRequests(): SearchRequests {
  return useContext(SearchRequestContext);
}
