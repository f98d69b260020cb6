import type { SearchFound } from '@/core/search';
import type { SearchReply, SearchRequest } from '../worker/search-index-protocol';

interface Waiting {
  q: string;
  resolve: (found: SearchFound | null) => void;
  reject: (error: Error) => void;
}

interface Pending {
  resolve: (reply: SearchReply) => void;
  reject: (error: Error) => void;
}

/** A request without its id (the remote numbers them). */
type Ask = SearchRequest extends infer R ? (R extends { id: number } ? Omit<R, 'id'> : never) : never;

/**
 * The page's side of the worker that holds the index and answers searches (`serve-searches.ts`). The search box's
 * queries: at most one is with the worker at a time, and at most one waits behind it; a query typed while another
 * waits replaces it (the replaced one resolves to null), so a fast typist never queues up searches for letters long
 * gone. Other questions (a deck's queries, words for suggestions) are sent at once and answered in turn.
 * @example const found = await remote.search('cust'); if (found) searchOutcome(corpus, found)
 */
export class SearchRemote {
  private nextId = 1;
  private sent: (Waiting & { id: number }) | null = null;
  private waiting: Waiting | null = null;
  private readonly pending = new Map<number, Pending>();
  private broken: Error | null = null;

  constructor(private readonly worker: Worker) {
    worker.onmessage = (event: MessageEvent<SearchReply>) => {
      const reply = event.data;
      const other = this.pending.get(reply.id);
      if (other) {
        this.pending.delete(reply.id);
        if (reply.type === 'search-failed') other.reject(new Error(reply.message));
        else other.resolve(reply);
        return;
      }
      const sent = this.sent;
      if (!sent || reply.id !== sent.id) return;
      this.sent = null;
      if (reply.type === 'found') sent.resolve(reply.found);
      else sent.reject(new Error(reply.type === 'search-failed' ? reply.message : 'Unexpected reply.'));
      this.sendNext();
    };
    worker.onerror = (event) => {
      event.preventDefault();
      this.fail(new Error(`The search worker stopped: ${event.message || 'unknown error'}`));
    };
  }

  /** What the worker finds for `q`; null when a later query replaced this one before it was sent. */
  search(q: string): Promise<SearchFound | null> {
    if (this.broken) return Promise.reject(this.broken);
    return new Promise((resolve, reject) => {
      this.waiting?.resolve(null);
      this.waiting = { q, resolve, reject };
      if (!this.sent) this.sendNext();
    });
  }

  /** The corpus positions each query finds (null for a query that asks for nothing). */
  async searchMany(queries: string[]): Promise<(Uint32Array | null)[]> {
    const reply = await this.ask({ type: 'many', queries });
    return reply.type === 'found-many' ? reply.docs : [];
  }

  /** Indexed words starting with `prefix`, with their document frequencies. */
  async termsWithPrefix(prefix: string): Promise<{ term: string; documents: number }[]> {
    const reply = await this.ask({ type: 'terms', prefix });
    return reply.type === 'terms' ? reply.terms : [];
  }

  /** Stops the worker; searches still waiting are rejected. */
  close(): void {
    this.fail(new Error('The search worker was closed.'));
  }

  private ask(request: Ask): Promise<SearchReply> {
    if (this.broken) return Promise.reject(this.broken);
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.worker.postMessage({ ...request, id } as SearchRequest);
    });
  }

  private sendNext(): void {
    const next = this.waiting;
    if (!next) return;
    this.waiting = null;
    this.sent = { ...next, id: this.nextId++ };
    const request: SearchRequest = { type: 'search', id: this.sent.id, q: next.q };
    this.worker.postMessage(request);
  }

  private fail(error: Error): void {
    this.broken ??= error;
    this.worker.terminate();
    this.sent?.reject(error);
    this.waiting?.reject(error);
    for (const p of this.pending.values()) p.reject(error);
    this.pending.clear();
    this.sent = this.waiting = null;
  }
}
