/**
 * Saved views: a name and the view's address (its query string), kept in the browser, listed in the order the
 * analyst chooses, some of them marked for the deck. Pure functions over a plain list; the store that keeps the list
 * lives in the saved-views feature.
 */
import { z } from 'zod';
import { parseViewState, serializeViewState } from './view-state';

const savedViewSchema = z.object({
  id: z.string().min(1).max(64),
  name: z.string().min(1).max(200),
  /** The view's query string, without '?', presentation and open briefing left out. */
  query: z.string().max(4000),
  inDeck: z.boolean(),
  savedAt: z.string(),
});
export type SavedView = z.infer<typeof savedViewSchema>;

/**
 * Reads the kept list; whatever is not a valid saved view is left out (and counted), never a crash.
 * @example readSavedViews('[{"id":"a","name":"Europe","query":"region=EUR","inDeck":true,"savedAt":"…"}]')
 */
export function readSavedViews(json: string | null): { views: SavedView[]; damaged: number } {
  if (!json) return { views: [], damaged: 0 };
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch {
    return { views: [], damaged: 1 };
  }
  if (!Array.isArray(data)) return { views: [], damaged: 1 };
  const views: SavedView[] = [];
  let damaged = 0;
  const ids = new Set<string>();
  for (const item of data) {
    const parsed = savedViewSchema.safeParse(item);
    if (parsed.success && !ids.has(parsed.data.id)) {
      ids.add(parsed.data.id);
      views.push(parsed.data);
    } else damaged++;
  }
  return { views, damaged };
}

/** The address of a view to keep: the presentation and the open briefing are moments, not part of a view. */
export function viewQueryOf(search: string): string {
  const { state } = parseViewState(search);
  return serializeViewState({ ...state, slide: null, open: null, deck: false });
}

export function addSavedView(
  views: readonly SavedView[],
  name: string,
  query: string,
  now: string,
  id: string,
): SavedView[] {
  return [...views, { id, name: name.trim() || 'Untitled view', query, inDeck: true, savedAt: now }];
}

export function renameSavedView(views: readonly SavedView[], id: string, name: string): SavedView[] {
  const trimmed = name.trim();
  return trimmed ? views.map((v) => (v.id === id ? { ...v, name: trimmed } : v)) : [...views];
}

export function deleteSavedView(views: readonly SavedView[], id: string): SavedView[] {
  return views.filter((v) => v.id !== id);
}

/** Moves a view one place up (-1) or down (+1); the deck follows the list's order. */
export function moveSavedView(views: readonly SavedView[], id: string, by: -1 | 1): SavedView[] {
  const i = views.findIndex((v) => v.id === id);
  const j = i + by;
  if (i < 0 || j < 0 || j >= views.length) return [...views];
  const next = [...views];
  [next[i], next[j]] = [next[j]!, next[i]!];
  return next;
}

export function setInDeck(views: readonly SavedView[], id: string, inDeck: boolean): SavedView[] {
  return views.map((v) => (v.id === id ? { ...v, inDeck } : v));
}
