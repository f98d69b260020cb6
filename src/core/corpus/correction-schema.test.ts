import { describe, expect, it } from 'vitest';
import {
  MAX_CORRECTIONS_BYTES,
  parseCorrectionsText,
  readCorrections,
  tagOfFreeText,
  toCorrectionsFile,
  type Correction,
} from './correction-schema';
import { validateCorpus } from './contract';

const good: Correction = {
  briefingId: 'b1093a5beb8e59dff',
  kind: 'regions',
  tagId: 'AP',
  action: 'remove',
  note: 'The project is global',
  author: 'A. Analyst',
  at: '2026-03-01T09:30:00Z',
};
const file = (corrections: unknown[]) => ({ format: 'briefing-atlas/corrections', version: 1, corrections });

describe('reading a corrections file', () => {
  it('reads what "Export corrections" writes', () => {
    const text = JSON.stringify(toCorrectionsFile([good], '2026-03-02T00:00:00Z'));
    expect(parseCorrectionsText(text)).toEqual({ ok: true, data: [good] });
  });

  it('accepts a plain date, a time zone offset and a byte order mark', () => {
    const list = [
      { ...good, at: '2026-03-01' },
      { ...good, at: '2026-03-01T09:30:00+02:00' },
    ];
    expect(parseCorrectionsText('\uFEFF' + JSON.stringify(file(list)))).toEqual({ ok: true, data: list });
  });

  it.each<[string, unknown, RegExp]>([
    ['a corpus', { format: 'briefing-atlas/corpus', version: 1 }, /This is a corpus, not a corrections file/],
    ['a bare list', [good], /found a bare list/],
    ['another format', { format: 'x', version: 1, corrections: [] }, /^Not a corrections file: format: /],
    ['an unknown kind', file([{ ...good, kind: 'mentions' }]), /corrections\.0\.kind: /],
    ['an unknown action', file([{ ...good, action: 'edit' }]), /corrections\.0\.action: /],
    [
      'a region that is not a WCO region',
      file([good, { ...good, tagId: 'Europe' }]),
      /corrections\.1\.tagId: not a WCO region id/,
    ],
    [
      'a country not in alpha-3',
      file([{ ...good, kind: 'countries', tagId: 'bih' }]),
      /corrections\.0\.tagId: a country is its ISO/,
    ],
    ['a time that is not one', file([{ ...good, at: 'yesterday' }]), /corrections\.0\.at: expected a date/],
    ['an impossible date', file([{ ...good, at: '2026-13-45' }]), /corrections\.0\.at: /],
    ['a missing briefing id', file([{ ...good, briefingId: undefined }]), /corrections\.0\.briefingId: /],
    ['a note of a megabyte', file([{ ...good, note: 'x'.repeat(1_000_000) }]), /corrections\.0\.note: /],
    ['a number for a tag', file([{ ...good, tagId: 7 }]), /corrections\.0\.tagId: /],
  ])('refuses %s with what and where, changing nothing', (_, input, message) => {
    const read = readCorrections(input);
    expect(read.ok).toBe(false);
    if (!read.ok) {
      expect(read.reason).toMatch(message);
      expect(read.reason).toMatch(/Nothing was changed\.$/);
    }
  });

  it('counts the further problems after the first', () => {
    const read = readCorrections(
      file([
        { ...good, kind: 'x' },
        { ...good, action: 'y' },
      ]),
    );
    expect(!read.ok && read.reason).toMatch(/\(and 1 more problems\)\. Nothing was changed\.$/);
  });

  it('says where broken JSON breaks', () => {
    const read = parseCorrectionsText('{\n  "format": "briefing-atlas/corrections",\n  "version": 1,,\n}');
    expect(read.ok).toBe(false);
    expect(!read.ok && read.reason).toMatch(
      /not valid JSON \(line 3, column 16: Expected double-quoted property name\)/,
    );
  });

  it('refuses a file far larger than any list of corrections before reading it', () => {
    const read = parseCorrectionsText(' '.repeat(MAX_CORRECTIONS_BYTES + 1));
    expect(!read.ok && read.reason).toMatch(/larger than 20 MB/);
  });

  it('drops keys it does not know, prototype keys included, instead of carrying them', () => {
    const text = `{"format":"briefing-atlas/corrections","version":1,"corrections":[{"briefingId":"b1","kind":"themes","tagId":"t","action":"add","at":"2026-01-01","__proto__":{"polluted":true},"script":"<img onerror=x>"}]}`;
    const read = parseCorrectionsText(text);
    expect(read.ok && read.data).toEqual([
      { briefingId: 'b1', kind: 'themes', tagId: 't', action: 'add', at: '2026-01-01' },
    ]);
    expect(({} as { polluted?: boolean }).polluted).toBeUndefined();
  });

  it('is part of the corpus contract: a corpus may carry the corrections laid over it', () => {
    const corpus = {
      format: 'briefing-atlas/corpus',
      version: 1,
      name: 'n',
      generatedAt: 'g',
      briefings: [],
      warnings: [],
    };
    expect(validateCorpus({ ...corpus, corrections: [good] }).ok).toBe(true);
    const bad = validateCorpus({ ...corpus, corrections: [{ ...good, kind: 'nope' }] });
    expect(!bad.ok && bad.reason).toMatch(/corrections\.0\.kind/);
  });
});

describe('tagOfFreeText', () => {
  it.each([
    ['  Operation  Sunbird ', { id: 'operation-sunbird', label: 'Operation Sunbird' }],
    ['Projet Côte d’Ivoire', { id: 'projet-cote-d-ivoire', label: 'Projet Côte d’Ivoire' }],
    ['Ана Петрова', { id: 'ана-петрова', label: 'Ана Петрова' }],
    ['  ---  ', null],
  ])('%j → %j', (text, tag) => {
    expect(tagOfFreeText(text)).toEqual(tag);
  });
});
