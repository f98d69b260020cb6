import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Corpus, Result } from '@/core/corpus';
import { setStorageOpener, type StoredCorpus } from '@/lib/corpus-store';
import { getActiveCorpus, type ActiveCorpus } from './get-active-corpus';

const corpusOf = (name: string): Corpus => ({
  format: 'briefing-atlas/corpus',
  version: 1,
  name,
  generatedAt: 'x',
  briefings: [],
  warnings: [],
});
const BUNDLED = corpusOf('bundled');
const KEPT = corpusOf('kept');
const loadBundled = () => Promise.resolve(BUNDLED);
const never = <T>() => new Promise<T>(() => undefined);

afterEach(() => setStorageOpener(null));

describe('getActiveCorpus', () => {
  it('shows the kept corpus when storage answers in time', async () => {
    const active = await getActiveCorpus(undefined, {
      loadStored: () => Promise.resolve({ ok: true, data: { corpus: KEPT, generation: 4 } }),
      loadBundled,
    });
    expect(active).toEqual({ corpus: KEPT, origin: 'imported', generation: 4, notice: null });
  });

  it('shows the bundled corpus with a notice when opening storage never settles', async () => {
    // The fault injected where it happens: the browser's database open never answers.
    setStorageOpener(never);
    // That this await returns at all is the point: without the deadline it never would.
    const active = await getActiveCorpus(undefined, { loadBundled, deadlineMs: 200 });
    expect(active.corpus).toBe(BUNDLED);
    expect(active.origin).toBe('bundled');
    expect(active.notice).toMatch(/did not answer.*bundled corpus is shown/);
  });

  it('switches to the kept corpus when the storage answers late', async () => {
    let answer: (value: Result<StoredCorpus | null>) => void = () => undefined;
    const onLate = vi.fn<(update: (shown: ActiveCorpus) => ActiveCorpus) => void>();
    const active = await getActiveCorpus(undefined, {
      loadStored: () => new Promise((resolve) => (answer = resolve)),
      loadBundled,
      deadlineMs: 20,
      onLate,
    });
    expect(active.origin).toBe('bundled');
    answer({ ok: true, data: { corpus: KEPT, generation: 2 } });
    await vi.waitFor(() => expect(onLate).toHaveBeenCalledOnce());
    const update = onLate.mock.calls[0]![0];
    expect(update(active)).toMatchObject({ corpus: KEPT, origin: 'imported', generation: 2 });
  });

  it('drops the notice when the late answer is that nothing is kept', async () => {
    let answer: (value: Result<StoredCorpus | null>) => void = () => undefined;
    const onLate = vi.fn<(update: (shown: ActiveCorpus) => ActiveCorpus) => void>();
    const active = await getActiveCorpus(undefined, {
      loadStored: () => new Promise((resolve) => (answer = resolve)),
      loadBundled,
      deadlineMs: 20,
      onLate,
    });
    answer({ ok: true, data: null });
    await vi.waitFor(() => expect(onLate).toHaveBeenCalledOnce());
    expect(onLate.mock.calls[0]![0](active)).toEqual({ ...active, notice: null });
  });

  it('says why a kept corpus that cannot be read was not used', async () => {
    const active = await getActiveCorpus(undefined, {
      loadStored: () => Promise.resolve({ ok: false, reason: 'damaged' }),
      loadBundled,
    });
    expect(active).toEqual({ corpus: BUNDLED, origin: 'bundled', generation: null, notice: 'damaged' });
  });
});
