import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  DEFAULT_VIEW_STATE,
  EMPTY_FILTERS,
  parseViewState,
  RESULT_LAYOUTS,
  RESULT_SORTS,
  serializeViewState,
  setFilters,
  toggleFilter,
  type ViewState,
} from './view-state';
import { FILTER_KINDS } from '../corpus';

const withFilters = (patch: Partial<ViewState['filters']>, rest: Partial<ViewState> = {}): ViewState => ({
  ...DEFAULT_VIEW_STATE,
  ...rest,
  filters: { ...EMPTY_FILTERS, ...patch },
});

describe('parseViewState', () => {
  it.each([
    ['', DEFAULT_VIEW_STATE],
    ['?', DEFAULT_VIEW_STATE],
    ['?region=EUR', withFilters({ regions: ['EUR'] })],
    ['region=EUR', withFilters({ regions: ['EUR'] })],
    ['?region=EUR&region=AP&region=EUR', withFilters({ regions: ['AP', 'EUR'] })],
    [
      '?theme=enforcement.environment&country=ALB',
      withFilters({ themes: ['enforcement.environment'], countries: ['ALB'] }),
    ],
    [
      '?programme=APPW&org=WCO&instrument=Basel',
      withFilters({ programmes: ['APPW'], organizations: ['WCO'], instruments: ['Basel'] }),
    ],
    [
      '?region=Asia%2FPacific&region=North+of+Africa%2C+Near+and+Middle+East',
      withFilters({ regions: ['Asia/Pacific', 'North of Africa, Near and Middle East'] }),
    ],
    ['?q=plastic+waste&open=b-1', withFilters({}, { q: 'plastic waste', open: 'b-1' })],
    // A space typed at the end of the box is kept: the next word follows it.
    ['?q=plastic+', withFilters({}, { q: 'plastic ' })],
    ['?q=+++', DEFAULT_VIEW_STATE],
    ['?q=&region=', DEFAULT_VIEW_STATE],
  ])('reads %s', (search, expected) => {
    expect(parseViewState(search)).toEqual({ state: expected, dropped: [] });
  });

  it.each([
    ['?zoom=3', DEFAULT_VIEW_STATE, ['unknown parameter zoom']],
    [
      '?region=EUR&bogus=1&%ZZ=2',
      withFilters({ regions: ['EUR'] }),
      ['unknown parameter %ZZ', 'unknown parameter bogus'],
    ],
    ['?q=%E0%A4%A', DEFAULT_VIEW_STATE, ['malformed q=%E0%A4%A']],
    ['?q=ok&q=%FF', withFilters({}, { q: 'ok' }), ['malformed q=%FF']],
    ['?region=EUR&region=%C3', withFilters({ regions: ['EUR'] }), ['malformed region=%C3']],
    ['?q=plastic+waste%20trade', withFilters({}, { q: 'plastic waste trade' }), []],
    ['?open=a&open=b', withFilters({}, { open: 'a' }), ['repeated open=b']],
    ['?q=one&q=two', withFilters({}, { q: 'one' }), ['repeated q=two']],
    ['?region=%01bad', DEFAULT_VIEW_STATE, ['malformed region=\u0001bad']],
    [`?q=${'x'.repeat(501)}`, DEFAULT_VIEW_STATE, [`malformed q=${'x'.repeat(40)}…`]],
    ['?=x', DEFAULT_VIEW_STATE, ['unknown parameter (empty name)']],
  ])('drops what it cannot use in %s', (search, state, dropped) => {
    expect(parseViewState(search)).toEqual({ state, dropped });
  });

  it('never throws and always yields a well-formed state', () => {
    fc.assert(
      fc.property(fc.string(), (search) => {
        const { state } = parseViewState(search);
        for (const kind of FILTER_KINDS) expect(Array.isArray(state.filters[kind])).toBe(true);
        expect(typeof state.q).toBe('string');
      }),
    );
  });
});

describe('serializeViewState', () => {
  it.each([
    [DEFAULT_VIEW_STATE, ''],
    [withFilters({ regions: ['EUR'] }), 'region=EUR'],
    [
      withFilters({ regions: ['EUR', 'AP'] }, { q: 'waste', open: 'b-7' }),
      'q=waste&region=AP&region=EUR&open=b-7',
    ],
    [withFilters({ organizations: ['WCO'], themes: ['a'] }), 'theme=a&org=WCO'],
    [
      withFilters({ regions: ['Asia/Pacific', 'North of Africa, Near'] }),
      'region=Asia%2FPacific&region=North+of+Africa%2C+Near',
    ],
    [withFilters({}, { q: '  ' }), ''],
    [withFilters({}, { q: 'plastic ' }), 'q=plastic+'],
    [withFilters({ people: ['Kunio Mikuriya'] }), 'person=Kunio+Mikuriya'],
    // The defaults (search rank or corpus order; cards) are left out: the plain address stays plain.
    [withFilters({}, { sort: 'relevance', list: 'cards' }), ''],
    [withFilters({}, { q: 'waste', sort: 'title', list: 'table' }), 'q=waste&sort=title&list=table'],
    [withFilters({ regions: ['EUR'] }, { sort: 'date' }), 'region=EUR&sort=date'],
  ])('writes %j as %s', (state, expected) => {
    expect(serializeViewState(state)).toBe(expected);
  });

  const isControl = (c: string) => c.charCodeAt(0) < 32 || c.charCodeAt(0) === 127;
  const stripControls = (s: string) => [...s].filter((c) => !isControl(c)).join('');
  const idArb = fc
    .string({ minLength: 1, maxLength: 20 })
    .filter((s) => s.trim() === s && stripControls(s) === s);
  const monthArb = fc
    .tuple(fc.integer({ min: 1990, max: 2099 }), fc.integer({ min: 1, max: 12 }))
    .map(([y, m]) => `${y}-${String(m).padStart(2, '0')}`);
  const stateArb = fc.record({
    // Any query as typed, spaces included; a blank one is no query.
    q: fc.string({ maxLength: 30 }).map((s) => (stripControls(s).trim() ? stripControls(s) : '')),
    open: fc.option(idArb, { nil: null }),
    filters: fc.record(
      Object.fromEntries(
        FILTER_KINDS.map((k) => [k, fc.uniqueArray(idArb, { maxLength: 3 }).map((a) => [...a].sort())]),
      ) as Record<(typeof FILTER_KINDS)[number], fc.Arbitrary<string[]>>,
    ),
    from: fc.option(monthArb, { nil: null }),
    to: fc.option(monthArb, { nil: null }),
    map: fc.constantFrom('country' as const, 'region' as const),
    slide: fc.option(fc.integer({ min: 0, max: 9_999 }), { nil: null }),
    deck: fc.boolean(),
    sort: fc.constantFrom(...RESULT_SORTS),
    list: fc.constantFrom(...RESULT_LAYOUTS),
  });

  it('round-trips: parse(serialize(state)) gives the state back with nothing dropped', () => {
    fc.assert(
      fc.property(stateArb, (state) => {
        expect(parseViewState(serializeViewState(state))).toEqual({ state, dropped: [] });
      }),
    );
  });
});

describe('date range, map mode, slide, sort and list', () => {
  it.each([
    ['from=2023-01&to=2023-12', { from: '2023-01', to: '2023-12' }, []],
    ['map=region', { map: 'region' }, []],
    ['slide=3', { slide: 2 }, []],
    ['from=2023-13', { from: null }, ['malformed from=2023-13']],
    ['to=last-year', { to: null }, ['malformed to=last-year']],
    ['map=globe', { map: 'country' }, ['malformed map=globe']],
    ['slide=0', { slide: null }, ['malformed slide=0']],
    ['slide=two', { slide: null }, ['malformed slide=two']],
    ['deck=1&slide=1', { deck: true, slide: 0 }, []],
    ['deck=yes', { deck: false }, ['malformed deck=yes']],
    ['sort=title', { sort: 'title' }, []],
    ['sort=date&list=table', { sort: 'date', list: 'table' }, []],
    ['sort=relevance&list=cards', { sort: 'relevance', list: 'cards' }, []],
    ['sort=newest', { sort: 'relevance' }, ['malformed sort=newest']],
    ['sort=title&sort=date', { sort: 'title' }, ['repeated sort=date']],
    ['list=grid', { list: 'cards' }, ['malformed list=grid']],
    ['person=Kunio+Mikuriya', { filters: { ...EMPTY_FILTERS, people: ['Kunio Mikuriya'] } }, []],
  ])('reads %s', (search, expected, dropped) => {
    const out = parseViewState(search);
    expect(out.state).toMatchObject(expected);
    expect(out.dropped).toEqual(dropped);
  });
});

describe('toggleFilter and setFilters', () => {
  it('adds, keeps sorted, and removes', () => {
    const a = toggleFilter(DEFAULT_VIEW_STATE, 'regions', 'EUR');
    const b = toggleFilter(a, 'regions', 'AP');
    expect(b.filters.regions).toEqual(['AP', 'EUR']);
    expect(toggleFilter(b, 'regions', 'EUR').filters.regions).toEqual(['AP']);
  });
  it('replaces only the given facets', () => {
    const s = setFilters(withFilters({ countries: ['ALB'], regions: ['AP'] }), {
      regions: ['EUR'],
      themes: ['x'],
    });
    expect(s.filters).toEqual({ ...EMPTY_FILTERS, countries: ['ALB'], regions: ['EUR'], themes: ['x'] });
  });
});
