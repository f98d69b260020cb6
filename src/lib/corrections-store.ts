/**
 * Keeps the analysts' corrections in this browser (IndexedDB, one record beside the kept corpus), shared by every
 * tab: a change reads the latest list and writes the next one in one transaction, so two tabs never overwrite each
 * other's corrections, and every change is announced to the other tabs (docs/decisions/018-analyst-corrections.md).
 * The corrections are kept apart from the corpus: they are about briefings, so they outlive a reset or a new import
 * and apply whenever their briefing is in the corpus shown.
 */
import {
  CORRECTIONS_FORMAT,
  CORRECTIONS_VERSION,
  readCorrections,
  type Correction,
  type Result,
} from '@/core/corpus';
import { openStorage } from './corpus-store';

const KEY = 'corrections';
const CHANNEL = 'briefing-atlas:corrections';

const describeError = (error: unknown) =>
  error instanceof Error ? error.message || error.name : String(error);

/** The kept record: the corrections file's own shape, so it is checked as strictly as a file from outside. */
const toRecord = (corrections: readonly Correction[]) => ({
  format: CORRECTIONS_FORMAT,
  version: CORRECTIONS_VERSION,
  corrections: [...corrections],
});

/** The corrections kept in this browser (none yet: an empty list), or why they cannot be used. */
export async function loadStoredCorrections(): Promise<Result<Correction[]>> {
  try {
    const { database, store } = await openStorage();
    const raw: unknown = await database.get(store, KEY);
    if (raw === undefined) return { ok: true, data: [] };
    const read = readCorrections(raw);
    return read.ok
      ? read
      : {
          ok: false,
          reason: `The corrections kept in this browser are damaged and were not used (${read.reason})`,
        };
  } catch (error) {
    return {
      ok: false,
      reason: `The corrections kept in this browser could not be read: ${describeError(error)}.`,
    };
  }
}

/** What a change did: the list now in use, and why it could not be kept, if it could not. */
export interface CorrectionsChange {
  corrections: Correction[];
  problem: string | null;
}

/**
 * Changes the kept corrections from the latest kept list, in one transaction, and tells the other tabs. When storage
 * cannot be used, the change is made to `shown` (the list this tab shows) for this visit, and `problem` says why.
 * @example await updateStoredCorrections((latest) => [...latest, correction], shown)
 */
export async function updateStoredCorrections(
  change: (latest: Correction[]) => Correction[],
  shown: readonly Correction[],
): Promise<CorrectionsChange> {
  try {
    const { database, store } = await openStorage();
    const tx = database.transaction(store, 'readwrite');
    const raw: unknown = await tx.store.get(KEY);
    const read = raw === undefined ? null : readCorrections(raw);
    // A damaged record was reported when it was read; the analyst's change replaces it.
    const next = change(read?.ok ? read.data : []);
    await tx.store.put(toRecord(next), KEY);
    await tx.done;
    announce();
    return { corrections: next, problem: null };
  } catch (error) {
    return {
      corrections: change([...shown]),
      problem: `The corrections could not be kept in this browser (${describeError(error)}); they apply until you close the page.`,
    };
  }
}

function channel(): BroadcastChannel | null {
  return typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(CHANNEL);
}

/** This tab's name on the channel: a tab hears its own messages too, and ignores them. */
const TAB = Math.random().toString(36).slice(2);

function announce(): void {
  const c = channel();
  c?.postMessage({ type: 'corrections-changed', tab: TAB });
  c?.close();
}

/** Calls `listener` whenever another tab of this page changes the kept corrections. Returns the unsubscribe function. */
export function onStoredCorrectionsChange(listener: () => void): () => void {
  const c = channel();
  if (!c) return () => undefined;
  c.onmessage = (event: MessageEvent<unknown>) => {
    const data = event.data as { type?: unknown; tab?: unknown } | null;
    if (data?.type === 'corrections-changed' && data.tab !== TAB) listener();
  };
  return () => c.close();
}
