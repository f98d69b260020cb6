import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { untaggedBriefing } from '../../test-support/briefing';
import { loadSeedCorpus } from './__fixtures__/seed-corpus';
import {
  applyCorrections,
  describeCorrections,
  planCorrectionsImport,
  settleCorrections,
} from './apply-corrections';
import type { Briefing, Corpus } from './contract';
import { decodeCompactCorpus, encodeCompactCorpus } from './corpus-compact';
import type { Correction } from './correction-schema';
import { tagColumnsOf } from './tag-columns';
import { TAG_KINDS, type FilterKind } from './tag-kinds';

const seed = loadSeedCorpus();
const byTitle = (corpus: Corpus, start: string): Briefing => {
  const b = corpus.briefings.find((x) => x.title.startsWith(start));
  if (!b) throw new Error(`no briefing "${start}"`);
  return b;
};
const PLASTIC = byTitle(seed, 'Asiapacific Nations Crack Down').id;
const BOSNIA = byTitle(seed, 'WCO Aids Bosnia').id;
const ALBANIA_KOSOVO = byTitle(seed, 'WCO Boosts Trade Control Enforcement in Albania').id;
const SUPPLY_CHAIN = byTitle(seed, 'WCO Warns of Supply Chain Risks').id;

const fix = (
  briefingId: string,
  kind: FilterKind,
  tagId: string,
  action: Correction['action'],
  at = '2026-03-01T09:00:00Z',
  extra: Partial<Correction> = {},
): Correction => ({ briefingId, kind, tagId, action, at, ...extra });

const ids = (corpus: Corpus, id: string, kind: FilterKind) =>
  corpus.briefings.find((b) => b.id === id)![kind].map((t) => t.id);

describe('applyCorrections', () => {
  it.each<[string, Correction[], string, FilterKind, string[]]>([
    [
      'removes a region; a briefing left with none is Global',
      [fix(PLASTIC, 'regions', 'AP', 'remove')],
      PLASTIC,
      'regions',
      ['GLOBAL'],
    ],
    [
      'removes a country and the region it alone supported',
      [fix(BOSNIA, 'countries', 'BIH', 'remove')],
      BOSNIA,
      'regions',
      ['GLOBAL'],
    ],
    [
      'keeps a region another country still supports',
      [fix(ALBANIA_KOSOVO, 'countries', 'ALB', 'remove')],
      ALBANIA_KOSOVO,
      'regions',
      ['EUR'],
    ],
    [
      'adds a country with its WCO region, and Global gives way',
      [fix(SUPPLY_CHAIN, 'countries', 'MAR', 'add')],
      SUPPLY_CHAIN,
      'regions',
      ['MENA'],
    ],
    [
      'adds a region, and Global gives way',
      [fix(SUPPLY_CHAIN, 'regions', 'AP', 'add')],
      SUPPLY_CHAIN,
      'regions',
      ['AP'],
    ],
    [
      'lets a correction of the region itself decide over a country added',
      [fix(SUPPLY_CHAIN, 'regions', 'MENA', 'remove'), fix(SUPPLY_CHAIN, 'countries', 'MAR', 'add')],
      SUPPLY_CHAIN,
      'regions',
      ['GLOBAL'],
    ],
    [
      'lets the later of two conflicting corrections decide',
      [
        fix(PLASTIC, 'regions', 'AP', 'remove', '2026-03-02T00:00:00Z'),
        fix(PLASTIC, 'regions', 'AP', 'add', '2026-03-01T00:00:00Z'),
      ],
      PLASTIC,
      'regions',
      ['GLOBAL'],
    ],
    [
      'at the same moment, lets the later in the list decide',
      [fix(PLASTIC, 'regions', 'AP', 'remove'), fix(PLASTIC, 'regions', 'AP', 'add')],
      PLASTIC,
      'regions',
      ['AP'],
    ],
    [
      'removes a programme',
      [fix(ALBANIA_KOSOVO, 'programmes', 'STCE', 'remove')],
      ALBANIA_KOSOVO,
      'programmes',
      ['COPES'],
    ],
    [
      'adds a person',
      [fix(SUPPLY_CHAIN, 'people', 'ian-saunders', 'add', undefined, { label: 'Ian Saunders' })],
      SUPPLY_CHAIN,
      'people',
      ['ian-saunders'],
    ],
  ])('%s', (_, corrections, id, kind, expected) => {
    expect(ids(applyCorrections(seed, corrections), id, kind)).toEqual(expected);
  });

  it('takes a removed country out of the region it shared, words and all', () => {
    const corrected = applyCorrections(seed, [fix(ALBANIA_KOSOVO, 'countries', 'ALB', 'remove')]);
    const before = seed.briefings.find((b) => b.id === ALBANIA_KOSOVO)!;
    const after = corrected.briefings.find((b) => b.id === ALBANIA_KOSOVO)!;
    const albania = before.countries.find((c) => c.id === 'ALB')!;
    expect(after.regions[0]!.via).toEqual(['XKX']);
    expect(after.regions[0]!.evidence).toHaveLength(
      before.regions[0]!.evidence.length - albania.evidence.length,
    );
    expect(after.countries.map((c) => c.id)).toEqual(['XKX']);
  });

  it('names an added tag from the correction, the taxonomy or another briefing, else by its id', () => {
    const corpus = {
      ...seed,
      taxonomy: { themes: [{ id: 'enforcement.drugs', label: 'Drugs', group: 'Enforcement' }] },
    };
    const corrected = applyCorrections(corpus, [
      fix(SUPPLY_CHAIN, 'themes', 'enforcement.drugs', 'add'),
      fix(SUPPLY_CHAIN, 'countries', 'BIH', 'add'),
      fix(SUPPLY_CHAIN, 'programmes', 'operation-sunbird', 'add', undefined, { label: 'Operation Sunbird' }),
      fix(SUPPLY_CHAIN, 'instruments', 'NEW-ONE', 'add'),
    ]);
    const b = corrected.briefings.find((x) => x.id === SUPPLY_CHAIN)!;
    expect(b.themes.at(-1)).toEqual({ id: 'enforcement.drugs', label: 'Drugs', evidence: [] });
    expect(b.countries.at(-1)?.label).toBe('Bosnia and Herzegovina');
    expect(b.programmes.at(-1)?.label).toBe('Operation Sunbird');
    expect(b.instruments.at(-1)?.label).toBe('NEW-ONE');
    expect(b.regions).toEqual([{ id: 'EUR', label: 'Europe', evidence: [], via: ['BIH'] }]);
  });

  it('adds no region for a country added to a worldwide briefing (it counts under Global only)', () => {
    const worldwide = untaggedBriefing({
      id: 'bworld',
      title: 'All Members meet',
      summary: 'The Council met.',
      regions: [{ id: 'GLOBAL', label: 'Global', evidence: [{ field: 'summary', start: 4, end: 11 }] }],
    });
    const corpus: Corpus = { ...seed, briefings: [worldwide] };
    const b = applyCorrections(corpus, [fix('bworld', 'countries', 'FRA', 'add')]).briefings[0]!;
    expect(b.countries.map((c) => c.id)).toEqual(['FRA']);
    expect(b.regions.map((r) => r.id)).toEqual(['GLOBAL']);
  });

  it('changes nothing for a briefing not in the corpus, and keeps the correction for when it comes back', () => {
    const stale = fix('b0000000000000000', 'regions', 'EUR', 'remove');
    const corrected = applyCorrections(seed, [stale]);
    expect(corrected.briefings).toEqual(seed.briefings);
    corrected.briefings.forEach((b, i) => expect(b).toBe(seed.briefings[i]));
    expect(corrected.corrections).toEqual([stale]);
    // The briefing comes back (an import brings it): the kept correction applies.
    const back = {
      ...seed,
      briefings: [...seed.briefings, { ...byTitle(seed, 'WCO Aids Bosnia'), id: stale.briefingId }],
    };
    expect(ids(applyCorrections(back, [stale]), stale.briefingId, 'regions')).toEqual(['GLOBAL']);
  });

  it('shares every briefing it does not touch, and leaves the corpus it was given as it was', () => {
    const copy = structuredClone(seed);
    const corrected = applyCorrections(seed, [fix(BOSNIA, 'countries', 'BIH', 'remove')]);
    expect(seed).toEqual(copy);
    corrected.briefings.forEach((b, i) => {
      if (b.id !== BOSNIA) expect(b).toBe(seed.briefings[i]);
    });
  });

  it('undoes by taking the correction out: the tagger’s output comes back, and an empty list is the corpus itself', () => {
    const c = fix(BOSNIA, 'countries', 'BIH', 'remove');
    expect(applyCorrections(seed, [])).toBe(seed);
    const corrected = applyCorrections(seed, [c]);
    expect(corrected).not.toEqual(seed);
    expect(applyCorrections(corrected, []).briefings).not.toEqual(seed.briefings);
    expect(
      applyCorrections(
        seed,
        [c].filter((x) => x !== c),
      ),
    ).toBe(seed);
  });

  it('is idempotent: a corpus built with its corrections is the same object when they are applied again', () => {
    const list = [fix(BOSNIA, 'countries', 'BIH', 'remove'), fix(PLASTIC, 'themes', 'general', 'add')];
    const once = applyCorrections(seed, list);
    expect(applyCorrections(once, once.corrections!)).toBe(once);
    expect(applyCorrections(once, [...list])).toBe(once);
  });

  it('keeps the compact corpus’s tag columns right for the corrected briefings (what the facets count)', () => {
    const decoded = decodeCompactCorpus(JSON.parse(JSON.stringify(encodeCompactCorpus(seed))));
    if (!decoded.ok) throw new Error(decoded.reason);
    const corrected = applyCorrections(decoded.data, [
      fix(BOSNIA, 'countries', 'BIH', 'remove'),
      fix(PLASTIC, 'programmes', 'new-programme', 'add', undefined, { label: 'New Programme' }),
    ]);
    const plain = {
      ...corrected,
      briefings: corrected.briefings.map((b) => JSON.parse(JSON.stringify(b)) as Briefing),
    };
    for (const kind of TAG_KINDS) {
      const patched = tagColumnsOf(corrected, kind);
      const fresh = tagColumnsOf(plain, kind);
      const rows = (c: typeof patched) =>
        Array.from({ length: c.offsets.length - 1 }, (_, i) =>
          Array.from(c.values.subarray(c.offsets[i], c.offsets[i + 1]), (d) => c.dictionary[d]!.join('=')),
        );
      expect(rows(patched), kind).toEqual(rows(fresh));
    }
    // …and the corrections survive the compact form (kept corpora are stored that way).
    const again = decodeCompactCorpus(JSON.parse(JSON.stringify(encodeCompactCorpus(corrected))));
    expect(again.ok && again.data.corrections).toEqual(corrected.corrections);
  });
});

describe('settleCorrections', () => {
  it('keeps one decision per tag, by time, then by place in the list', () => {
    const early = fix(PLASTIC, 'regions', 'AP', 'remove', '2026-01-01');
    const late = fix(PLASTIC, 'regions', 'AP', 'add', '2026-02-01T00:00:00Z');
    const other = fix(PLASTIC, 'themes', 'general', 'add');
    expect(settleCorrections([late, early, other]).get(PLASTIC)).toEqual([late, other]);
  });
});

describe('describeCorrections', () => {
  it('marks what an analyst did and what followed from it', () => {
    const removal = fix(BOSNIA, 'countries', 'BIH', 'remove', undefined, {
      note: 'The workshop was in Brussels',
    });
    const addition = fix(BOSNIA, 'themes', 'general', 'add');
    const corrected = applyCorrections(seed, [removal, addition]);
    const original = seed.briefings.find((b) => b.id === BOSNIA)!;
    const now = corrected.briefings.find((b) => b.id === BOSNIA)!;
    const notes = describeCorrections(now, original, corrected.corrections!);
    expect(
      notes.map((n) => [n.kind, n.tag.id, n.change, n.correction?.note ?? n.correction?.action ?? null]),
    ).toEqual([
      ['countries', 'BIH', 'removed', 'The workshop was in Brussels'],
      ['themes', 'general', 'added', 'add'],
      ['regions', 'EUR', 'removed', null],
      ['regions', 'GLOBAL', 'added', null],
    ]);
    // A corpus built with the corrections (the bundled one) still marks the analysts' own decisions.
    expect(describeCorrections(now, now, corrected.corrections!).map((n) => n.tag.id)).toEqual([
      'BIH',
      'general',
    ]);
  });

  it('says nothing of a correction the briefing no longer shows (a later one decided otherwise)', () => {
    const corrections = [
      fix(PLASTIC, 'regions', 'AP', 'remove', '2026-01-01'),
      fix(PLASTIC, 'regions', 'AP', 'add', '2026-01-02'),
    ];
    const now = applyCorrections(seed, corrections).briefings.find((b) => b.id === PLASTIC)!;
    expect(describeCorrections(now, now, corrections)).toEqual([]);
  });
});

describe('planCorrectionsImport', () => {
  it('reports applied, no briefing, already so, duplicates and conflicts, and keeps the later of a conflict', () => {
    const kept = [fix(PLASTIC, 'regions', 'AP', 'remove', '2026-01-01')];
    const shown = applyCorrections(seed, kept);
    const incoming = [
      fix(BOSNIA, 'countries', 'BIH', 'remove'),
      fix('b0000000000000000', 'regions', 'EUR', 'remove'),
      fix(BOSNIA, 'regions', 'AP', 'remove'),
      fix(PLASTIC, 'regions', 'AP', 'add', '2026-02-01'),
    ];
    const report = planCorrectionsImport(shown, kept, incoming);
    expect(report.applied).toEqual([incoming[0], incoming[3]]);
    expect(report.noBriefing).toEqual([incoming[1]]);
    expect(report.alreadySo).toEqual([incoming[2]]);
    expect(report.duplicates).toBe(0);
    expect(report.conflicts).toEqual([{ incoming: incoming[3], other: kept[0], kept: incoming[3] }]);
    expect(report.next).toEqual([incoming[0], incoming[1], incoming[2], incoming[3]]);
  });

  it('counts corrections already kept once, and a file that contradicts itself as a conflict', () => {
    const kept = [fix(PLASTIC, 'regions', 'AP', 'remove', '2026-01-01')];
    const shown = applyCorrections(seed, kept);
    expect(planCorrectionsImport(shown, kept, [...kept, ...kept])).toMatchObject({
      duplicates: 2,
      next: kept,
      applied: [],
    });
    const yes = fix(BOSNIA, 'themes', 'general', 'add', '2026-01-01');
    const no = fix(BOSNIA, 'themes', 'general', 'remove', '2026-01-02');
    const report = planCorrectionsImport(shown, kept, [yes, no]);
    expect(report.conflicts).toEqual([{ incoming: no, other: yes, kept: no }]);
    expect(report.next).toEqual([...kept, no]);
  });

  it('keeps the kept correction when it is the later of a conflict', () => {
    const kept = [fix(PLASTIC, 'regions', 'AP', 'remove', '2026-05-01')];
    const older = fix(PLASTIC, 'regions', 'AP', 'add', '2026-01-01');
    const report = planCorrectionsImport(applyCorrections(seed, kept), kept, [older]);
    expect(report.next).toEqual(kept);
    expect(report.applied).toEqual([]);
    expect(report.conflicts).toEqual([{ incoming: older, other: kept[0], kept: kept[0] }]);
  });
});

/** Corrections on the seed corpus's briefings (and one that is not in it), of tags they have and tags they do not. */
const correctionArb: fc.Arbitrary<Correction> = fc
  .record({
    briefing: fc.constantFrom(...seed.briefings.map((b) => b.id), 'b0000000000000000'),
    pick: fc.oneof(
      fc.record({
        kind: fc.constant<FilterKind>('regions'),
        tagId: fc.constantFrom('EUR', 'AP', 'MENA', 'GLOBAL'),
      }),
      fc.record({
        kind: fc.constant<FilterKind>('countries'),
        tagId: fc.constantFrom('ALB', 'XKX', 'BIH', 'MAR', 'LBY', 'FRA', 'JPN'),
      }),
      fc.record({
        kind: fc.constant<FilterKind>('themes'),
        tagId: fc.constantFrom('general', 'facilitation.ecommerce', 'x.y'),
      }),
      fc.record({
        kind: fc.constantFrom<FilterKind>('programmes', 'organizations', 'instruments', 'people', 'funders'),
        tagId: fc.constantFrom('STCE', 'COPES', 'WCO', 'APPW', 'JPN', 'kunio-mikuriya', 'new'),
      }),
    ),
    action: fc.constantFrom<Correction['action']>('add', 'remove'),
    day: fc.integer({ min: 1, max: 28 }),
  })
  .map(({ briefing, pick, action, day }) =>
    fix(briefing, pick.kind, pick.tagId, action, `2026-02-${String(day).padStart(2, '0')}T12:00:00Z`),
  );

describe('applying corrections (properties)', () => {
  it('undoing them one by one, in any order, gives the tagger’s output back', () => {
    fc.assert(
      fc.property(
        fc.array(correctionArb, { maxLength: 12 }).chain((list) =>
          fc.tuple(
            fc.constant(list),
            fc.shuffledSubarray(
              list.map((_, i) => i),
              { minLength: list.length, maxLength: list.length },
            ),
          ),
        ),
        ([list, undoOrder]) => {
          let kept = [...list];
          let shown = applyCorrections(seed, kept);
          for (const i of undoOrder) {
            kept = kept.filter((c) => c !== list[i]);
            shown = applyCorrections(seed, kept);
          }
          expect(shown.briefings).toEqual(seed.briefings);
          expect(shown.corrections).toBeUndefined();
        },
      ),
      { numRuns: 200 },
    );
  });

  it('applying twice is applying once, and never leaves a briefing without a region', () => {
    fc.assert(
      fc.property(fc.array(correctionArb, { maxLength: 12 }), (list) => {
        const once = applyCorrections(seed, list);
        expect(applyCorrections(once, list).briefings).toEqual(once.briefings);
        for (const b of once.briefings) expect(b.regions.length).toBeGreaterThan(0);
        // Only the briefings corrected differ from the tagger's.
        const touched = new Set(list.map((c) => c.briefingId));
        once.briefings.forEach((b, i) => {
          if (!touched.has(b.id)) expect(b).toBe(seed.briefings[i]);
        });
      }),
      { numRuns: 200 },
    );
  });
});
