/**
 * A person's own stories, kept in localStorage across reloads. A stored value that cannot be read
 * is never dropped silently: it is copied to a backup key first and a message says where.
 * Stored stories are read with the file parser, loaded on demand, so the schema library is not
 * on the way to the first paint: until it has read them, `loading` is true and nothing is saved.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { ParseStoriesResult } from '../../io/storiesFile';
import { serializeStoriesFile } from '../../io/storiesFileWrite';
import type { Story } from '../../model/storySchema';

/** The stories file parser (with zod), loaded when there is something to read. */
const loadParser = () => import('../../io/storiesFile').then((m) => m.parseStoriesFile);

/** localStorage key of the stories file (version 1 of the format). */
export const USER_STORIES_KEY = 'ajx.stories.v1';
/** Where an unreadable stored value is kept. */
export const USER_STORIES_BACKUP_KEY = 'ajx.stories.v1.backup';

export interface UserStories {
  stories: Story[];
  /** Replaces the stories (callers pass the result of a pure edit) and saves them. */
  setStories: (next: Story[]) => void;
  /** A problem with the stored stories, for people; null when all is well. */
  message: string | null;
  dismissMessage: () => void;
  /** True while the stored stories are being read (a story the URL names may be among them). */
  loading: boolean;
}

function defaultStorage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null; // storage disabled by the browser: stories last for the session only
  }
}

interface Loaded {
  stories: Story[];
  message: string | null;
}

/** What there is to read: nothing (with a reason, when storage is off) or the stored text. */
function storedText(storage: Storage | null): Loaded | string {
  if (!storage) return { stories: [], message: 'Your browser does not allow saving stories.' };
  return storage.getItem(USER_STORIES_KEY) ?? { stories: [], message: null };
}

/** The stories in `raw`; an unreadable value is backed up first and the message says where. */
function readStored(storage: Storage, raw: string, parsed: ParseStoriesResult): Loaded {
  if (parsed.ok) return { stories: parsed.stories, message: null };
  // Keep the unreadable value: in the backup key, or a numbered one if that is taken.
  let backupKey = USER_STORIES_BACKUP_KEY;
  const existing = storage.getItem(backupKey);
  if (existing !== null && existing !== raw) backupKey = `${USER_STORIES_BACKUP_KEY}.${Date.now()}`;
  try {
    storage.setItem(backupKey, raw);
  } catch {
    return {
      stories: [],
      message:
        'Your saved stories could not be read, and there was no room to keep a copy: nothing will be saved until you reload.',
    };
  }
  const why = parsed.problems[0]?.message ?? 'unreadable';
  return {
    stories: [],
    message: `Your saved stories could not be read (${why}). The stored text was kept in localStorage under "${backupKey}".`,
  };
}

/** Own stories with persistence; `storage` is injectable for tests. */
export function useUserStories(storage: Storage | null = defaultStorage()): UserStories {
  const [initial] = useState(() => storedText(storage));
  const pending = typeof initial === 'string' ? initial : null;
  const ready = typeof initial === 'string' ? { stories: [], message: null } : initial;
  const [stories, setStoriesState] = useState<Story[]>(ready.stories);
  const [message, setMessage] = useState<string | null>(ready.message);
  const [loading, setLoading] = useState(pending !== null);
  const storageRef = useRef(storage);
  // While reading, and when the stored value could not be backed up, do not overwrite it.
  const frozen = useRef(pending !== null);

  useEffect(() => {
    storageRef.current = storage;
  }, [storage]);

  useEffect(() => {
    if (pending === null || !storage) return;
    let cancelled = false;
    void loadParser().then((parse) => {
      if (cancelled) return;
      const loaded = readStored(storage, pending, parse(pending));
      frozen.current = loaded.message?.includes('no room') ?? false;
      setStoriesState(loaded.stories);
      setMessage(loaded.message);
      setLoading(false);
    });
    return () => {
      cancelled = true;
    };
  }, [pending, storage]);

  useEffect(() => {
    // Another tab saved its stories: follow it, so this tab does not write back a stale list.
    const onStorage = (e: StorageEvent) => {
      if (e.storageArea !== storage || e.key !== USER_STORIES_KEY || e.newValue === null) return;
      const text = e.newValue;
      void loadParser().then((parse) => {
        const parsed = parse(text);
        if (parsed.ok) setStoriesState(parsed.stories);
      });
    };
    window.addEventListener('storage', onStorage);
    return () => window.removeEventListener('storage', onStorage);
  }, [storage]);

  const setStories = useCallback((next: Story[]) => {
    setStoriesState(next);
    const target = storageRef.current;
    if (!target || frozen.current) return;
    try {
      target.setItem(USER_STORIES_KEY, serializeStoriesFile(next));
    } catch {
      setMessage('Your stories could not be saved: the browser storage is full.');
    }
  }, []);

  const dismissMessage = useCallback(() => setMessage(null), []);
  return useMemo(
    () => ({ stories, setStories, message, dismissMessage, loading }),
    [stories, setStories, message, dismissMessage, loading],
  );
}
