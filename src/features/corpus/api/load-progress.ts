/**
 * How far the corpus load has got, for the loading screen: a large corpus (100,000 briefings) takes a second or
 * two to download and read, and the page says where it is. One small external store, written by `getCorpus`,
 * read with `useLoadProgress`.
 */
import { useSyncExternalStore } from 'react';

export interface LoadProgress {
  stage: 'download' | 'read' | 'prepare';
  /** Briefings read so far and in all (0 when not known yet). */
  done: number;
  total: number;
}

let current: LoadProgress | null = null;
const listeners = new Set<() => void>();

export function reportLoadProgress(progress: LoadProgress | null): void {
  current = progress;
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The latest progress of the corpus load, or null before it starts and after it ends. */
export function useLoadProgress(): LoadProgress | null {
  return useSyncExternalStore(subscribe, () => current);
}
