import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { openDB } from 'idb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Correction } from '@/core/corpus';
import { clearStoredCorpus, setStorageOpener } from './corpus-store';
import { loadStoredCorrections, updateStoredCorrections } from './corrections-store';

const correction = (tagId: string, action: Correction['action'] = 'remove'): Correction => ({
  briefingId: 'b1093a5beb8e59dff',
  kind: 'regions',
  tagId,
  action,
  at: '2026-03-01T09:00:00Z',
});

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
  setStorageOpener(null);
});
afterEach(() => setStorageOpener(null));

describe('the corrections kept in this browser', () => {
  it('are none at first, and read back after a change', async () => {
    expect(await loadStoredCorrections()).toEqual({ ok: true, data: [] });
    const change = await updateStoredCorrections((latest) => [...latest, correction('AP')], []);
    expect(change).toEqual({ corrections: [correction('AP')], problem: null });
    expect(await loadStoredCorrections()).toEqual({ ok: true, data: [correction('AP')] });
  });

  it('lose nothing when two tabs change them at once: each change starts from the latest list', async () => {
    await Promise.all([
      updateStoredCorrections((latest) => [...latest, correction('AP')], []),
      updateStoredCorrections((latest) => [...latest, correction('EUR')], []),
    ]);
    const loaded = await loadStoredCorrections();
    expect(loaded.ok && loaded.data.map((c) => c.tagId).sort()).toEqual(['AP', 'EUR']);
  });

  it('outlive a reset of the kept corpus: they are about briefings, not about a file', async () => {
    await updateStoredCorrections(() => [correction('AP')], []);
    expect((await clearStoredCorpus()).ok).toBe(true);
    expect(await loadStoredCorrections()).toEqual({ ok: true, data: [correction('AP')] });
  });

  it('say so when what is kept is damaged, and the next change replaces it', async () => {
    const db = await openDB('briefing-atlas', 1, { upgrade: (d) => void d.createObjectStore('corpus') });
    await db.put(
      'corpus',
      { format: 'briefing-atlas/corrections', version: 1, corrections: [{ kind: 'x' }] },
      'corrections',
    );
    db.close();
    const loaded = await loadStoredCorrections();
    expect(!loaded.ok && loaded.reason).toMatch(
      /damaged and were not used \(Not a corrections file: corrections\.0\./,
    );
    await updateStoredCorrections((latest) => [...latest, correction('EUR')], []);
    expect(await loadStoredCorrections()).toEqual({ ok: true, data: [correction('EUR')] });
  });

  it('still apply for the visit when the browser offers no storage, and say why they are not kept', async () => {
    setStorageOpener(() => Promise.reject(new Error('storage is off')));
    const change = await updateStoredCorrections(
      (latest) => [...latest, correction('EUR')],
      [correction('AP')],
    );
    expect(change.corrections).toEqual([correction('AP'), correction('EUR')]);
    expect(change.problem).toMatch(/could not be kept in this browser \(storage is off\)/);
    const loaded = await loadStoredCorrections();
    expect(!loaded.ok && loaded.reason).toMatch(/could not be read: storage is off/);
  });
});
