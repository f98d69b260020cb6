/**
 * The URL format: the whole view (query, filters, open briefing) lives in the query string, read by
 * `parseViewState` and written by `serializeViewState`. Documented in docs/url-format.md; keep both in step.
 *
 * Each parameter is one row of `PARAMS`, so a later key (a date range, a map mode, a slide) is one more row.
 */

import { FILTER_KINDS, FILTER_PARAM, type FilterKind } from '../corpus';

export type Filters = Record<FilterKind, readonly string[]>;

export interface ViewState {
  /** Free-text search query ('' = none). */
  q: string;
  /** Selected tag ids per facet, sorted and without duplicates. OR within a facet, AND across facets. */
  filters: Filters;
  /** Id of the briefing shown in full, or null. */
  open: string | null;
  /** Date range by month, inclusive (`YYYY-MM`), or null for open-ended. Briefings without a date drop out of a range. */
  from: string | null;
  to: string | null;
  /** How the map is coloured. */
  map: 'country' | 'region';
  /** The slide shown while presenting (0-based), or null when not presenting. */
  slide: number | null;
  /** Presenting the deck of saved views (kept in this browser) rather than the current view. */
  deck: boolean;
  /** The order of the results: by rank when searching, else corpus order ('relevance'); A–Z; newest first. */
  sort: ResultSort;
  /** How the results are listed: cards, or a compact table for scanning many. */
  list: ResultLayout;
}

export const RESULT_SORTS = ['relevance', 'title', 'date'] as const;
export type ResultSort = (typeof RESULT_SORTS)[number];
export const RESULT_LAYOUTS = ['cards', 'table'] as const;
export type ResultLayout = (typeof RESULT_LAYOUTS)[number];

export const EMPTY_FILTERS: Filters = Object.fromEntries(
  FILTER_KINDS.map((kind) => [kind, []]),
) as unknown as Filters;

export const DEFAULT_VIEW_STATE: ViewState = {
  q: '',
  filters: EMPTY_FILTERS,
  open: null,
  from: null,
  to: null,
  map: 'country',
  slide: null,
  deck: false,
  sort: 'relevance',
  list: 'cards',
};

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
const MAX_SLIDE = 10_000;

/** URL parameter name of each facet (from the tag-kind table). */
export { FILTER_PARAM };

const MAX_QUERY_LENGTH = 500;
const MAX_VALUE_LENGTH = 200;
// eslint-disable-next-line no-control-regex -- control characters are exactly what we reject
const CONTROL_CHARS = /[\u0000-\u001f\u007f]/;

interface ParamSpec {
  name: string;
  /** Reads every value given for this parameter into the state; returns notices for what it could not use. */
  read: (values: string[], state: ViewState) => { state: ViewState; dropped: string[] };
  /** The values to write for this parameter; [] when the state holds the default. */
  write: (state: ViewState) => string[];
}

const truncate = (text: string) => (text.length > 40 ? `${text.slice(0, 40)}…` : text);
const describe = (name: string, value: string) => `${name}=${truncate(value)}`;

function readSingle(
  name: string,
  values: string[],
  isValid: (value: string) => boolean,
): { value: string | null; dropped: string[] } {
  const dropped: string[] = [];
  let value: string | null = null;
  for (const raw of values) {
    if (raw === '') continue;
    if (!isValid(raw)) dropped.push(`malformed ${describe(name, raw)}`);
    else if (value !== null) dropped.push(`repeated ${describe(name, raw)}`);
    else value = raw;
  }
  return { value, dropped };
}

const isValidValue = (value: string) => value.length <= MAX_VALUE_LENGTH && !CONTROL_CHARS.test(value);

function filterParam(kind: FilterKind): ParamSpec {
  const name = FILTER_PARAM[kind];
  return {
    name,
    read(values, state) {
      const dropped: string[] = [];
      const kept: string[] = [];
      for (const raw of values) {
        const value = raw.trim();
        if (value === '') continue;
        if (!isValidValue(value)) dropped.push(`malformed ${describe(name, value)}`);
        else kept.push(value);
      }
      return { state: { ...state, filters: { ...state.filters, [kind]: normalizeValues(kept) } }, dropped };
    },
    write: (state) => normalizeValues(state.filters[kind]),
  };
}

/** Every parameter, in the order they are written. */
const PARAMS: readonly ParamSpec[] = [
  {
    name: 'q',
    read(values, state) {
      const { value, dropped } = readSingle(
        'q',
        values,
        (v) => v.length <= MAX_QUERY_LENGTH && !CONTROL_CHARS.test(v),
      );
      // Kept as typed: a space at the end is where the next word goes (trimming it here swallowed every space typed
      // into the search box). Only blank is no query.
      return { state: { ...state, q: value?.trim() ? value : '' }, dropped };
    },
    write: (state) => (state.q.trim() ? [state.q] : []),
  },
  ...FILTER_KINDS.map(filterParam),
  {
    name: 'open',
    read(values, state) {
      const { value, dropped } = readSingle('open', values, isValidValue);
      return { state: { ...state, open: value }, dropped };
    },
    write: (state) => (state.open ? [state.open] : []),
  },
  ...(['from', 'to'] as const).map((name): ParamSpec => ({
    name,
    read(values, state) {
      const { value, dropped } = readSingle(name, values, (v) => MONTH.test(v));
      return { state: { ...state, [name]: value }, dropped };
    },
    write: (state) => (state[name] ? [state[name]] : []),
  })),
  {
    name: 'map',
    read(values, state) {
      const { value, dropped } = readSingle('map', values, (v) => v === 'country' || v === 'region');
      return { state: { ...state, map: value === 'region' ? 'region' : 'country' }, dropped };
    },
    write: (state) => (state.map === 'region' ? ['region'] : []),
  },
  {
    name: 'slide',
    read(values, state) {
      // 1-based in the URL, as the counter reads ("3 / 9").
      const { value, dropped } = readSingle(
        'slide',
        values,
        (v) => /^\d{1,5}$/.test(v) && Number(v) >= 1 && Number(v) <= MAX_SLIDE,
      );
      return { state: { ...state, slide: value === null ? null : Number(value) - 1 }, dropped };
    },
    write: (state) => (state.slide === null ? [] : [String(state.slide + 1)]),
  },
  {
    name: 'deck',
    read(values, state) {
      const { value, dropped } = readSingle('deck', values, (v) => v === '1');
      return { state: { ...state, deck: value === '1' }, dropped };
    },
    write: (state) => (state.deck ? ['1'] : []),
  },
  choiceParam('sort', RESULT_SORTS),
  choiceParam('list', RESULT_LAYOUTS),
];

/** A parameter with a few named values, its default (the first) left out of the URL. */
function choiceParam<K extends 'sort' | 'list'>(name: K, values: readonly ViewState[K][]): ParamSpec {
  const [fallback] = values;
  const isChoice = (v: string): v is ViewState[K] => (values as readonly string[]).includes(v);
  return {
    name,
    read(raw, state) {
      const { value, dropped } = readSingle(name, raw, isChoice);
      return { state: { ...state, [name]: value !== null && isChoice(value) ? value : fallback }, dropped };
    },
    write: (state) => (state[name] === fallback ? [] : [state[name]]),
  };
}

const PARAM_BY_NAME = new Map(PARAMS.map((p) => [p.name, p]));

/** Sorted, without duplicates: the canonical form of a facet selection, so one view has one URL. */
export function normalizeValues(values: readonly string[]): string[] {
  return [...new Set(values)].sort();
}

/**
 * Reads a query string into a view state. Never throws: unknown or malformed parameters are left out and named in
 * `dropped`, for a visible notice.
 * @example parseViewState('?region=EUR&region=AP&zoom=3')
 * // → { state: { q: '', filters: { regions: ['AP', 'EUR'], … }, open: null }, dropped: ['unknown parameter zoom'] }
 */
export function parseViewState(search: string): { state: ViewState; dropped: string[] } {
  const grouped = new Map<string, string[]>();
  const dropped: string[] = [];
  // URLSearchParams would quietly turn a broken escape (`%E0%A4%A`) into U+FFFD and search for that; each pair is
  // decoded here instead, and one that does not decode is named in the notice like any other malformed value.
  for (const pair of search.replace(/^\?/, '').split('&')) {
    if (pair === '') continue;
    const eq = pair.indexOf('=');
    const rawKey = eq < 0 ? pair : pair.slice(0, eq);
    const rawValue = eq < 0 ? '' : pair.slice(eq + 1);
    const key = decodeParam(rawKey);
    const value = decodeParam(rawValue);
    if (key === null) {
      dropped.push(`unknown parameter ${truncate(rawKey)}`);
      continue;
    }
    if (value === null) {
      dropped.push(`malformed ${describe(key, rawValue)}`);
      continue;
    }
    const list = grouped.get(key);
    if (list) list.push(value);
    else grouped.set(key, [value]);
  }
  let state = DEFAULT_VIEW_STATE;
  for (const [key, values] of grouped) {
    const spec = PARAM_BY_NAME.get(key);
    if (!spec) {
      dropped.push(`unknown parameter ${key === '' ? '(empty name)' : truncate(key)}`);
      continue;
    }
    const read = spec.read(values, state);
    state = read.state;
    // One by one: a link can carry 150,000 values, too many to spread into a call's arguments.
    for (const d of read.dropped) dropped.push(d);
  }
  return { state, dropped };
}

/** One name or value of a query string, `+` as a space; null when its percent-escapes are not UTF-8. */
function decodeParam(raw: string): string | null {
  try {
    return decodeURIComponent(raw.replace(/\+/g, ' '));
  } catch {
    return null;
  }
}

/**
 * Writes a view state as a query string (without the leading '?'), parameters in a fixed order, facet values sorted
 * and repeated (`region=EUR&region=AP`), defaults left out. '' for the default view.
 * @example serializeViewState({ ...DEFAULT_VIEW_STATE, filters: { ...EMPTY_FILTERS, regions: ['EUR'] } }) // 'region=EUR'
 */
export function serializeViewState(state: ViewState): string {
  const params = new URLSearchParams();
  for (const spec of PARAMS) {
    for (const value of spec.write(state)) params.append(spec.name, value);
  }
  return params.toString();
}

/** Adds the value to the facet, or removes it if already selected. */
export function toggleFilter(state: ViewState, kind: FilterKind, id: string): ViewState {
  const current = state.filters[kind];
  const next = current.includes(id) ? current.filter((v) => v !== id) : normalizeValues([...current, id]);
  return { ...state, filters: { ...state.filters, [kind]: next } };
}

/** Replaces the selection of some facets, leaving the others as they are. */
export function setFilters(state: ViewState, patch: Partial<Filters>): ViewState {
  const filters = { ...state.filters };
  for (const kind of FILTER_KINDS) {
    const values = patch[kind];
    if (values) filters[kind] = normalizeValues(values);
  }
  return { ...state, filters };
}

export function clearFilters(state: ViewState): ViewState {
  return { ...state, filters: EMPTY_FILTERS };
}
