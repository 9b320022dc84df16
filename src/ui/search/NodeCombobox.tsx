/**
 * A search box that picks a node: the ARIA 1.2 combobox pattern (an input with a popup listbox).
 * Results come from the graph's prebuilt search index, grouped by kind, the matched text marked.
 * The first result is active as soon as there is one, so typing and pressing Enter picks the best
 * match; ArrowDown/ArrowUp move, Enter picks, Escape clears, Tab leaves.
 *
 * Reuse: `<NodeCombobox label="From" graph={graph} kinds={['area']} onPick={(key) => …} />`.
 * The index is shared per graph (see `searchIndexFor`), so several boxes cost one index.
 */
import { useEffect, useId, useMemo, useRef, useState, type Ref } from 'react';
import type { KnowledgeGraph } from '../../model/graph';
import type { NodeKind } from '../../model/schema';
import { groupHitsByKind } from '../../search/groupHits';
import { KIND_NAMES } from '../../model/kindNames';
import { Marked } from './Marked';
import { MAX_QUERY_CHARS, searchIndexFor } from '../../search/searchIndex';
import './NodeCombobox.css';

const CAP_NOTE = `Search reads the first ${MAX_QUERY_CHARS} characters.`;

export interface NodeComboboxProps {
  /** Accessible name of the input (and its visible label unless `hideLabel`). */
  label: string;
  /** Called with the key of the node the person picked. */
  onPick(key: string): void;
  graph: KnowledgeGraph;
  /** Offer only these kinds (all when omitted). */
  kinds?: readonly NodeKind[];
  placeholder?: string;
  /** Keep the label for screen readers only. */
  hideLabel?: boolean;
  /** Show the picked node's label in the box after a pick instead of clearing it. */
  keepPicked?: boolean;
  /** At most this many results (default 20). */
  limit?: number;
  /** Ref to the input, e.g. to focus it from a shortcut. */
  inputRef?: Ref<HTMLInputElement>;
  /** The input's id (a skip link's target); one of its own otherwise. */
  inputId?: string;
  className?: string;
  /** The text in the box, when the parent owns it (told of each change by onQueryChange). */
  query?: string;
  onQueryChange?(query: string): void;
  /** Whether the results are open, when the parent owns it (told by onOpenChange). */
  open?: boolean;
  onOpenChange?(open: boolean): void;
}

/** A value the parent owns when it gives one, else the box's own; setting it tells the parent. */
function useGivenOrOwn<T>(
  given: T | undefined,
  onChange: ((value: T) => void) | undefined,
  initial: T,
): [T, (value: T) => void] {
  const [own, setOwn] = useState(initial);
  const set = (value: T) => {
    setOwn(value);
    onChange?.(value);
  };
  return [given ?? own, set];
}

/** A combobox over the graph's nodes; see the module comment for the keys. */
export function NodeCombobox({
  label,
  onPick,
  graph,
  kinds,
  placeholder,
  hideLabel = false,
  keepPicked = false,
  limit,
  inputRef,
  inputId,
  className,
  query: givenQuery,
  onQueryChange,
  open: givenOpen,
  onOpenChange,
}: NodeComboboxProps) {
  const id = useId();
  const listId = `${id}-list`;
  const [query, setQuery] = useGivenOrOwn(givenQuery, onQueryChange, '');
  const [open, setOpen] = useGivenOrOwn(givenOpen, onOpenChange, false);
  const [active, setActive] = useState(0);
  // The first result is active whenever the text changes, typed here or given by the parent.
  const [activeFor, setActiveFor] = useState(query);
  if (activeFor !== query) {
    setActiveFor(query);
    setActive(0);
  }
  const listRef = useRef<HTMLUListElement>(null);

  const kindsKey = kinds?.join(',') ?? '';
  const groups = useMemo(() => {
    // The index is built on first use (focus or the first key), not on the way to the first paint.
    if (query.trim() === '') return [];
    const wanted = kindsKey ? (kindsKey.split(',') as NodeKind[]) : undefined;
    return groupHitsByKind(searchIndexFor(graph).search(query, { kinds: wanted, limit }));
  }, [graph, query, kindsKey, limit]);
  const options = useMemo(() => groups.flatMap((g) => g.hits), [groups]);
  const expanded = open && query.trim() !== '';
  // The box takes at most MAX_QUERY_CHARS (a longer paste is cut by the browser): say so.
  const atCap = query.length >= MAX_QUERY_CHARS;
  const activeHit = expanded ? options[active] : undefined;
  const optionId = (i: number) => `${id}-opt-${i}`;

  useEffect(() => {
    if (!activeHit) return;
    const el = listRef.current?.querySelector<HTMLElement>('[aria-selected="true"]');
    el?.scrollIntoView?.({ block: 'nearest' });
  }, [activeHit]);

  const pick = (key: string) => {
    setOpen(false);
    setActive(0);
    setQuery(keepPicked ? graph.getNodeAttribute(key, 'label') : '');
    onPick(key);
  };

  const onKeyDown = (e: React.KeyboardEvent<HTMLInputElement>) => {
    const n = options.length;
    switch (e.key) {
      case 'ArrowDown':
        e.preventDefault();
        if (!expanded) setOpen(true);
        else if (n) setActive((a) => (a + 1) % n);
        break;
      case 'ArrowUp':
        e.preventDefault();
        if (!expanded) setOpen(true);
        else if (n) setActive((a) => (a - 1 + n) % n);
        break;
      case 'Enter':
        if (activeHit) {
          e.preventDefault();
          pick(activeHit.key);
        }
        break;
      case 'Escape':
        if (query || open) {
          e.preventDefault();
          setQuery('');
          setOpen(false);
          setActive(0);
        }
        break;
      case 'Tab':
        setOpen(false);
        break;
    }
  };

  return (
    <div className={`combo${className ? ` ${className}` : ''}`}>
      <label
        htmlFor={inputId ?? `${id}-input`}
        className={hideLabel ? 'visually-hidden' : 'combo-label'}
      >
        {label}
      </label>
      <input
        id={inputId ?? `${id}-input`}
        ref={inputRef}
        type="text"
        role="combobox"
        className="combo-input"
        autoComplete="off"
        spellCheck={false}
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-activedescendant={activeHit ? optionId(active) : undefined}
        placeholder={placeholder}
        maxLength={MAX_QUERY_CHARS}
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
          setOpen(true);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => setOpen(false)}
        onFocus={() => {
          searchIndexFor(graph); // ready before the first key
          if (query) setOpen(true);
        }}
      />
      <ul
        id={listId}
        ref={listRef}
        role="listbox"
        aria-label={`${label} results`}
        className="combo-list"
        hidden={!expanded}
        // Keep the focus in the input when an option is clicked.
        onMouseDown={(e) => e.preventDefault()}
      >
        {groups.map((g) => (
          <li key={g.kind} role="presentation">
            <ul role="group" aria-labelledby={`${id}-grp-${g.kind}`} className="combo-group">
              <li role="presentation" id={`${id}-grp-${g.kind}`} className="combo-group-label">
                {KIND_NAMES[g.kind].many}
              </li>
              {g.hits.map((hit, j) => {
                const i = g.start + j;
                return (
                  <li
                    key={hit.key}
                    id={optionId(i)}
                    role="option"
                    aria-selected={i === active}
                    className="combo-option"
                    onClick={() => pick(hit.key)}
                    onMouseMove={() => i !== active && setActive(i)}
                  >
                    <span className="combo-option-label">
                      <Marked {...hit.label} />
                    </span>
                    {hit.via && (
                      <span className="combo-option-via">
                        {hit.via.field === 'alias' ? 'also: ' : ''}
                        <Marked {...hit.via.text} />
                      </span>
                    )}
                  </li>
                );
              })}
            </ul>
          </li>
        ))}
        {atCap && options.length > 0 && (
          <li role="presentation" className="combo-note">
            {CAP_NOTE}
          </li>
        )}
      </ul>
      <span className="visually-hidden" role="status" aria-live="polite">
        {expanded
          ? `${atCap ? `${CAP_NOTE} ` : ''}${options.length ? `${options.length} results` : 'No matches'}`
          : ''}
      </span>
      {expanded && !options.length && (
        <div className="combo-empty" aria-hidden="true">
          No matches for “{query.trim()}”{atCap && <p className="combo-note">{CAP_NOTE}</p>}
        </div>
      )}
    </div>
  );
}
