import type { SearchFound } from '@/core/search';
import type { SearchReply, SearchRequest } from '../worker/search-index-protocol';

interface Waiting {
  q: string;
  resolve: (found: SearchFound | null) => void;
  reject: (error: Error) => void;
}

/**
 * The page's side of a worker that holds a copy of the index and answers searches (`serve-searches.ts`). At most
 * one query is with the worker at a time, and at most one waits behind it: a query typed while another waits
 * replaces it (the replaced one resolves to null), so a fast typist never queues up searches for letters long gone.
 * @example const found = await remote.search('cust'); if (found) searchOutcome(index, corpus, found)
 */
export class SearchRemote {
  private nextId = 1;
  private sent: (Waiting & { id: number }) | null = null;
  private waiting: Waiting | null = null;
  private broken: Error | null = null;

  constructor(private readonly worker: Worker) {
    worker.onmessage = (event: MessageEvent<SearchReply>) => {
      const reply = event.data;
      const sent = this.sent;
      if (!sent || reply.id !== sent.id) return;
      this.sent = null;
      if (reply.type === 'found') sent.resolve(reply.found);
      else sent.reject(new Error(reply.message));
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

  /** Stops the worker; searches still waiting are rejected. */
  close(): void {
    this.fail(new Error('The search worker was closed.'));
  }

  private sendNext(): void {
    const next = this.waiting;
    if (!next) return;
    this.waiting = null;
    this.sent = { ...next, id: this.nextId++ };
    const request: SearchRequest = { id: this.sent.id, q: next.q };
    this.worker.postMessage(request);
  }

  private fail(error: Error): void {
    this.broken ??= error;
    this.worker.terminate();
    this.sent?.reject(error);
    this.waiting?.reject(error);
    this.sent = this.waiting = null;
  }
}
