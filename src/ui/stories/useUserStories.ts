/**
 * A person's own stories, kept in localStorage across reloads. A stored value that cannot be read
 * is never dropped silently: it is copied to a backup key first and a message says where.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { parseStoriesFile, serializeStoriesFile } from '../../io/storiesFile';
import type { Story } from '../../model/storySchema';

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

function load(storage: Storage | null): Loaded {
  if (!storage) return { stories: [], message: 'Your browser does not allow saving stories.' };
  const raw = storage.getItem(USER_STORIES_KEY);
  if (raw === null) return { stories: [], message: null };
  const parsed = parseStoriesFile(raw);
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
  const [initial] = useState(() => load(storage));
  const [stories, setStoriesState] = useState<Story[]>(initial.stories);
  const [message, setMessage] = useState<string | null>(initial.message);
  const storageRef = useRef(storage);
  // When the stored value could not be backed up, do not overwrite it.
  const frozen = useRef(initial.message?.includes('no room') ?? false);

  useEffect(() => {
    storageRef.current = storage;
  }, [storage]);

  useEffect(() => {
    // Another tab saved its stories: follow it, so this tab does not write back a stale list.
    const onStorage = (e: StorageEvent) => {
      if (e.storageArea !== storage || e.key !== USER_STORIES_KEY || e.newValue === null) return;
      const parsed = parseStoriesFile(e.newValue);
      if (parsed.ok) setStoriesState(parsed.stories);
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
    () => ({ stories, setStories, message, dismissMessage }),
    [stories, setStories, message, dismissMessage],
  );
}
