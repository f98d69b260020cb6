import { describe, expect, it } from 'vitest';
import { ImportCancelled, runImport } from '../api/run-import';
import { importBriefings, type ImportStep } from './import-briefings';

const text = (n: number) =>
  Array.from(
    { length: n },
    (_, i) =>
      `Customs briefing ${i}\n\nCustoms briefing ${i}\n\nThe customs of Ruritania, item ${i}, in Europe.\n`,
  ).join('\n');
const file = (name: string, body: string) => ({
  name,
  bytes: new TextEncoder().encode(body).buffer as ArrayBuffer,
});

describe('importBriefings', () => {
  it('reads, tags in chunks and reports progress before each chunk', async () => {
    const steps: ImportStep[] = [];
    const outcome = await importBriefings([file('a.txt', text(1200))], (s) => steps.push(s));
    expect(outcome.briefings).toHaveLength(1200);
    expect(steps).toEqual([
      { phase: 'reading', done: 0, total: 1 },
      { phase: 'tagging', done: 0, total: 1200 },
      { phase: 'tagging', done: 500, total: 1200 },
      { phase: 'tagging', done: 1000, total: 1200 },
      { phase: 'tagging', done: 1200, total: 1200 },
    ]);
  });

  it('keeps every good briefing and reports the bad input', async () => {
    const outcome = await importBriefings([file('a.txt', text(2)), file('b.bin', '\u0000\u0001')], () => {});
    expect(outcome.briefings).toHaveLength(2);
    expect(outcome.diagnostics.length).toBeGreaterThan(0);
  });
});

describe('runImport without workers (the offline file, or a browser that refuses them)', () => {
  it('runs the same import on the page', async () => {
    const outcome = await runImport([file('a.txt', text(3))], () => {}, new AbortController().signal);
    expect(outcome.briefings.map((b) => b.title)).toEqual([
      'Customs briefing 0',
      'Customs briefing 1',
      'Customs briefing 2',
    ]);
  });

  it('stops between chunks when cancelled', async () => {
    const controller = new AbortController();
    const run = runImport([file('a.txt', text(1200))], () => controller.abort(), controller.signal);
    await expect(run).rejects.toBeInstanceOf(ImportCancelled);
  });
});
