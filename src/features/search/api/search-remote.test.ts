import { describe, expect, it } from 'vitest';
import type { SearchFound } from '@/core/search';
import type { SearchReply, SearchRequest } from '../worker/search-index-protocol';
import { SearchRemote } from './search-remote';

/** A stand-in for the worker: records what the page posts and answers when the test says so. */
class FakeWorker {
  posted: SearchRequest[] = [];
  terminated = false;
  onmessage: ((event: MessageEvent<SearchReply>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  postMessage(request: SearchRequest) {
    this.posted.push(request);
  }
  terminate() {
    this.terminated = true;
  }
  answer(request: { id: number; q?: string }) {
    const found = { query: request.q } as unknown as SearchFound;
    this.onmessage?.({ data: { type: 'found', id: request.id, found } } as MessageEvent<SearchReply>);
  }
}

const setUp = () => {
  const worker = new FakeWorker();
  return { worker, remote: new SearchRemote(worker as unknown as Worker) };
};
const queryOf = (found: SearchFound | null) => (found ? (found.query as unknown as string) : null);

describe('SearchRemote', () => {
  it('sends one query at a time, and a query typed meanwhile replaces the one waiting', async () => {
    const { worker, remote } = setUp();
    const c = remote.search('c');
    const cu = remote.search('cu');
    const cus = remote.search('cus');
    // Only "c" has gone to the worker; "cus" took the place of "cu".
    expect(worker.posted.map((r) => ('q' in r ? r.q : r.type))).toEqual(['c']);
    expect(queryOf(await cu)).toBeNull();
    worker.answer(worker.posted[0]!);
    expect(queryOf(await c)).toBe('c');
    expect(worker.posted.map((r) => ('q' in r ? r.q : r.type))).toEqual(['c', 'cus']);
    worker.answer(worker.posted[1]!);
    expect(queryOf(await cus)).toBe('cus');
  });

  it('ignores a reply to a question it did not ask', async () => {
    const { worker, remote } = setUp();
    const risk = remote.search('risk');
    worker.answer({ id: 99, q: 'stale' });
    worker.answer(worker.posted[0]!);
    expect(queryOf(await risk)).toBe('risk');
  });

  it('rejects what is pending when the worker fails, and every search after', async () => {
    const { worker, remote } = setUp();
    const sent = remote.search('kenya');
    const waiting = remote.search('kenya wildlife');
    worker.onerror?.({ message: 'out of memory', preventDefault() {} } as ErrorEvent);
    await expect(sent).rejects.toThrow('The search worker stopped: out of memory');
    await expect(waiting).rejects.toThrow('out of memory');
    await expect(remote.search('risk')).rejects.toThrow('out of memory');
    expect(worker.terminated).toBe(true);
  });

  it('passes on a search the worker could not run', async () => {
    const { worker, remote } = setUp();
    const broken = remote.search('"unclosed');
    const id = worker.posted[0]!.id;
    worker.onmessage?.({
      data: { type: 'search-failed', id, message: 'bad query' },
    } as MessageEvent<SearchReply>);
    await expect(broken).rejects.toThrow('bad query');
    // The worker still serves.
    const next = remote.search('risk');
    worker.answer(worker.posted[1]!);
    expect(queryOf(await next)).toBe('risk');
  });

  it('sends other questions at once, beside a search, and hands each its own answer', async () => {
    const { worker, remote } = setUp();
    const typed = remote.search('risk');
    const terms = remote.termsWithPrefix('cus');
    const deck = remote.searchMany(['risk', '']);
    expect(worker.posted.map((r) => r.type)).toEqual(['search', 'terms', 'many']);
    const [search, ask, many] = worker.posted as [SearchRequest, SearchRequest, SearchRequest];
    worker.onmessage?.({
      data: { type: 'found-many', id: many.id, docs: [Uint32Array.of(2, 0), null] },
    } as MessageEvent<SearchReply>);
    worker.onmessage?.({
      data: { type: 'terms', id: ask.id, terms: [{ term: 'customs', documents: 3 }] },
    } as MessageEvent<SearchReply>);
    worker.answer(search);
    expect(await deck).toEqual([Uint32Array.of(2, 0), null]);
    expect(await terms).toEqual([{ term: 'customs', documents: 3 }]);
    expect(queryOf(await typed)).toBe('risk');
    worker.onerror?.({ message: 'gone', preventDefault() {} } as ErrorEvent);
    await expect(remote.termsWithPrefix('x')).rejects.toThrow('gone');
  });
});
