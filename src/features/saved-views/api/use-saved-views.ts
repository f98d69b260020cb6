import { useCallback, useMemo, useSyncExternalStore } from 'react';
import { readSavedViews, type SavedView } from '@/core/view';

/** Saved views are small and few: localStorage, shared by the tabs of this browser (the `storage` event). */
const KEY = 'briefing-atlas:saved-views';
const CHANGED = 'briefing-atlas:saved-views-changed';

function subscribe(onChange: () => void) {
  const onStorage = (e: StorageEvent) => {
    if (e.key === KEY) onChange();
  };
  window.addEventListener('storage', onStorage);
  window.addEventListener(CHANGED, onChange);
  return () => {
    window.removeEventListener('storage', onStorage);
    window.removeEventListener(CHANGED, onChange);
  };
}

function readRaw(): string | null {
  try {
    return window.localStorage.getItem(KEY);
  } catch {
    return null;
  }
}

/** The saved views, and a setter that keeps them; a failure to keep them is returned as a message. */
export function useSavedViews() {
  const raw = useSyncExternalStore(subscribe, readRaw, () => null);
  const { views, damaged } = useMemo(() => readSavedViews(raw), [raw]);
  const save = useCallback((next: SavedView[]): string | null => {
    try {
      window.localStorage.setItem(KEY, JSON.stringify(next));
      window.dispatchEvent(new Event(CHANGED));
      return null;
    } catch (error) {
      return `The saved views could not be kept in this browser (${error instanceof Error ? error.name : 'storage error'}).`;
    }
  }, []);
  return { views, damaged, save };
}
