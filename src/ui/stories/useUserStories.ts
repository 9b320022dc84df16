/**
 * A person's own stories, kept in localStorage across reloads. Stored stories are read one by
 * one: a story that cannot be read is left out and reported, the others stay. Whatever cannot be
 * read is never dropped silently: the stored text is copied to a backup key first and a message
 * says where; when there is no room for that copy, nothing is saved until the person downloads
 * or discards the stored text. Typing is saved gathered (at most once per SAVE_DELAY_MS, and at
 * once when the page is hidden), so a long story is not written whole on every key.
 * The parser (with zod) loads on demand: until it has read the stories, `loading` is true and
 * nothing is saved.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { StoredStories } from '../../io/storiesFile';
import { serializeStoriesFile } from '../../io/storiesFileWrite';
import type { Story } from '../../model/storySchema';
import { downloadBlob } from '../export/download';

/** The stored stories parser (with zod), loaded when there is something to read. */
const loadParser = () => import('../../io/storiesFile').then((m) => m.parseStoredStories);

/** localStorage key of the stories file (version 1 of the format). */
export const USER_STORIES_KEY = 'ajx.stories.v1';
/** Where an unreadable stored value is kept. */
export const USER_STORIES_BACKUP_KEY = 'ajx.stories.v1.backup';
/** File name of the stored text when the person downloads it. */
export const STORED_TEXT_FILE_NAME = 'saved-stories.json';
/** Longest wait between an edit and its save, ms. */
export const SAVE_DELAY_MS = 400;

/** When an edit is saved: at once (a step captured, a story deleted) or soon (typing). */
export type SaveTiming = 'now' | 'soon';

/** The way out when the stored text could neither be read nor backed up. */
export interface StoredTextRescue {
  /** Saves the stored text as a file. */
  download: () => void;
  /** Removes the stored text; the stories shown are saved from then on. */
  discard: () => void;
}

export interface UserStories {
  stories: Story[];
  /**
   * Replaces the stories (callers pass the result of a pure edit) and saves them: at once, or
   * 'soon' for typing, where saves are gathered.
   */
  setStories: (next: Story[], when?: SaveTiming) => void;
  /** A problem with the stored stories, for people; null when all is well. */
  message: string | null;
  dismissMessage: () => void;
  /** True while the stored stories are being read (a story the URL names may be among them). */
  loading: boolean;
  /** Set while stored text that could not be read or backed up blocks saving. */
  rescue: StoredTextRescue | null;
}

function defaultStorage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null; // storage disabled by the browser: stories last for the session only
  }
}

/**
 * What reading the stored stories came to: `none_stored` (nothing there), `no_storage` (the
 * browser allows none), `read` (all read), `backed_up` (some unreadable, copied to a backup key)
 * or `stranded` (some unreadable and not copied: saving would lose the stored text).
 */
type LoadCode = 'none_stored' | 'no_storage' | 'read' | 'backed_up' | 'stranded';

interface Loaded {
  code: LoadCode;
  stories: Story[];
  message: string | null;
}

/** What there is to read: nothing (with a reason, when storage is off) or the stored text. */
function storedText(storage: Storage | null): Loaded | string {
  if (!storage)
    return {
      code: 'no_storage',
      stories: [],
      message: 'Your browser does not allow saving stories.',
    };
  return storage.getItem(USER_STORIES_KEY) ?? { code: 'none_stored', stories: [], message: null };
}

/** Copies `raw` to the backup key (or a numbered one if that holds something else). */
function backUp(storage: Storage, raw: string): string | null {
  let key = USER_STORIES_BACKUP_KEY;
  const existing = storage.getItem(key);
  if (existing !== null && existing !== raw) key = `${USER_STORIES_BACKUP_KEY}.${Date.now()}`;
  try {
    storage.setItem(key, raw);
    return key;
  } catch {
    return null;
  }
}

/** What was and was not read, in words. */
function lossWords(read: StoredStories): string {
  const why = read.problems[0]?.message ?? 'unreadable';
  const lost = read.total - read.stories.length;
  if (read.stories.length === 0) return `Your saved stories could not be read (${why}).`;
  return `${lost} of your ${read.total} saved stories could not be read (${why}); the other ${read.stories.length} are here.`;
}

/**
 * The stories in `raw`. Anything unreadable is backed up first (and the stored value replaced by
 * the readable stories, so the next load is clean) and the message says where.
 */
function readStored(storage: Storage, raw: string, read: StoredStories): Loaded {
  if (read.problems.length === 0) return { code: 'read', stories: read.stories, message: null };
  const backupKey = backUp(storage, raw);
  if (!backupKey)
    return {
      code: 'stranded',
      stories: read.stories,
      message: `${lossWords(read)} There was no room to keep a copy of the stored text, so nothing is saved until you download it or discard it.`,
    };
  try {
    storage.setItem(USER_STORIES_KEY, serializeStoriesFile(read.stories));
  } catch {
    // The backup holds the text; the next save tries again.
  }
  return {
    code: 'backed_up',
    stories: read.stories,
    message: `${lossWords(read)} The stored text was kept in localStorage under "${backupKey}".`,
  };
}

/** Own stories with persistence; `storage` is injectable for tests. */
export function useUserStories(storage: Storage | null = defaultStorage()): UserStories {
  const [initial] = useState(() => storedText(storage));
  const pending = typeof initial === 'string' ? initial : null;
  const ready = typeof initial === 'string' ? null : initial;
  const [stories, setStoriesState] = useState<Story[]>(ready?.stories ?? []);
  const [message, setMessage] = useState<string | null>(ready?.message ?? null);
  const [loading, setLoading] = useState(pending !== null);
  const [stranded, setStranded] = useState(false);
  const storageRef = useRef(storage);
  // While reading, and while stranded stored text waits for the person, do not overwrite it.
  const frozen = useRef(pending !== null);
  const unsaved = useRef<Story[] | null>(null);
  const saveTimer = useRef<ReturnType<typeof setTimeout> | null>(null);

  useEffect(() => {
    storageRef.current = storage;
  }, [storage]);

  const save = useCallback(() => {
    if (saveTimer.current !== null) clearTimeout(saveTimer.current);
    saveTimer.current = null;
    const next = unsaved.current;
    const target = storageRef.current;
    if (!next || !target || frozen.current) return;
    unsaved.current = null;
    try {
      target.setItem(USER_STORIES_KEY, serializeStoriesFile(next));
    } catch {
      setMessage('Your stories could not be saved: the browser storage is full.');
    }
  }, []);

  useEffect(() => {
    if (pending === null || !storage) return;
    let cancelled = false;
    void loadParser().then((parse) => {
      if (cancelled) return;
      const loaded = readStored(storage, pending, parse(pending));
      const stranded = loaded.code === 'stranded';
      frozen.current = stranded;
      setStoriesState(loaded.stories);
      setMessage(loaded.message);
      setStranded(stranded);
      setLoading(false);
    });
    return () => {
      cancelled = true;
    };
  }, [pending, storage]);

  useEffect(() => {
    // Leaving or hiding the page saves what is waiting; so does unmounting.
    const onHide = () => {
      if (document.visibilityState === 'hidden') save();
    };
    window.addEventListener('pagehide', save);
    document.addEventListener('visibilitychange', onHide);
    return () => {
      window.removeEventListener('pagehide', save);
      document.removeEventListener('visibilitychange', onHide);
      save();
    };
  }, [save]);

  useEffect(() => {
    // Another tab saved its stories: follow it, so this tab does not write back a stale list.
    const onStorage = (e: StorageEvent) => {
      if (e.storageArea !== storage || e.key !== USER_STORIES_KEY || e.newValue === null) return;
      const text = e.newValue;
      void loadParser().then((parse) => {
        const read = parse(text);
        if (read.problems.length > 0) return;
        unsaved.current = null;
        setStoriesState(read.stories);
      });
    };
    window.addEventListener('storage', onStorage);
    return () => window.removeEventListener('storage', onStorage);
  }, [storage]);

  const setStories = useCallback(
    (next: Story[], when: SaveTiming = 'now') => {
      setStoriesState(next);
      unsaved.current = next;
      if (when === 'now') save();
      else if (saveTimer.current === null) saveTimer.current = setTimeout(save, SAVE_DELAY_MS);
    },
    [save],
  );

  const rescue = useMemo<StoredTextRescue | null>(() => {
    if (!stranded || pending === null) return null;
    return {
      download: () =>
        downloadBlob(new Blob([pending], { type: 'application/json' }), STORED_TEXT_FILE_NAME),
      discard: () => {
        storageRef.current?.removeItem(USER_STORIES_KEY);
        frozen.current = false;
        setStranded(false);
        setMessage('The stored text was discarded. Your stories are saved from now on.');
        unsaved.current = stories;
        save();
      },
    };
  }, [stranded, pending, stories, save]);

  const dismissMessage = useCallback(() => setMessage(null), []);
  return useMemo(
    () => ({ stories, setStories, message, dismissMessage, loading, rescue }),
    [stories, setStories, message, dismissMessage, loading, rescue],
  );
}
