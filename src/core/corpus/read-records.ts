/**
 * Readers for briefings that arrive as records rather than text: JSON (the corpus contract's shape, or a plain
 * array of `{ title, summary, date?, url?, region? }`) and CSV with a header row. Each returns raw briefings and
 * diagnostics with file and line; a bad record is reported and skipped, every good one is kept.
 */
import type { Diagnostic, RawBriefing } from './contract';
import { REGION_LABELS, type RegionLabel } from './regions';
import { hashBriefing } from './briefing-id';
import { normalizeDate, normalizeField, normalizeUrl } from './normalize-fields';
import { parseCsv } from './parse-csv';
import { isExportedCsvHeader, unguardCsvFormula } from './csv-formula-guard';

export interface RecordsOutcome {
  briefings: RawBriefing[];
  diagnostics: Diagnostic[];
}

interface Fields {
  title?: unknown;
  summary?: unknown;
  date?: unknown;
  url?: unknown;
  region?: unknown;
}

function matchRegion(value: string): RegionLabel | null {
  const key = value.trim().toLowerCase().replace(/\s+/g, ' ');
  return REGION_LABELS.find((r) => r.toLowerCase() === key) ?? null;
}

function toBriefing(
  fields: Fields,
  file: string,
  line: number,
  what: string,
  diagnostics: Diagnostic[],
): RawBriefing | null {
  const warn = (code: string, message: string) =>
    diagnostics.push({ severity: 'warning', code, message, file, line });
  const title = typeof fields.title === 'string' ? normalizeField(fields.title) : '';
  const summary = typeof fields.summary === 'string' ? normalizeField(fields.summary) : '';
  if (!title && !summary) {
    warn('empty-record', `${what} has neither title nor summary: skipped.`);
    return null;
  }
  if (!title) {
    warn('summary-without-title', `${what} has a summary but no title: skipped.`);
    return null;
  }
  if (!summary) {
    warn('title-without-summary', `${what}, "${title.slice(0, 60)}", has no summary: skipped.`);
    return null;
  }
  const briefing: RawBriefing = { id: hashBriefing(title, summary), title, summary, source: { file, line } };
  if (typeof fields.date === 'string' && fields.date.trim() !== '') {
    const date = normalizeDate(fields.date);
    if (date) briefing.date = date;
    else
      warn(
        'bad-date',
        `${what}: "${fields.date.slice(0, 40)}" is not a date; the briefing is kept without one.`,
      );
  }
  if (typeof fields.url === 'string' && fields.url.trim() !== '') {
    const url = normalizeUrl(fields.url);
    if (url) briefing.url = url;
    else warn('bad-url', `${what}: the link is not an http(s) address; the briefing is kept without it.`);
  }
  if (typeof fields.region === 'string' && fields.region.trim() !== '') {
    const region = matchRegion(fields.region);
    if (region) briefing.region = region;
    else warn('bad-region', `${what}: "${fields.region.slice(0, 40)}" is not a WCO region; it was ignored.`);
  }
  return briefing;
}

/**
 * Reads briefings from JSON text: a corpus document or a plain array of records.
 * @example readJsonBriefings('[{"title":"T","summary":"S."}]', 'a.json').briefings.length // → 1
 */
export function readJsonBriefings(text: string, file: string): RecordsOutcome {
  const diagnostics: Diagnostic[] = [];
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const line = lineAt(text, findJsonErrorOffset(text.replace(/^\uFEFF/, '')));
    diagnostics.push({
      severity: 'error',
      code: 'bad-json',
      message: `The file is not valid JSON: ${message}`,
      file,
      line,
    });
    return { briefings: [], diagnostics };
  }
  const inCorpus = !!data && typeof data === 'object' && !Array.isArray(data) && 'briefings' in data;
  const records: unknown = inCorpus ? (data as { briefings: unknown }).briefings : data;
  if (!Array.isArray(records)) {
    diagnostics.push({
      severity: 'error',
      code: 'bad-json-shape',
      message: 'Expected a list of briefings, or an object with a "briefings" list.',
      file,
      line: 1,
    });
    return { briefings: [], diagnostics };
  }
  if (records.length === 0) {
    diagnostics.push({
      severity: 'error',
      code: 'empty-list',
      message: inCorpus
        ? 'The file\'s "briefings" list is empty: there are no briefings in it.'
        : 'The file is an empty list: there are no briefings in it.',
      file,
      line: 1,
    });
    return { briefings: [], diagnostics };
  }
  const lines = arrayElementLines(text, inCorpus ? 'briefings' : null);
  const briefings: RawBriefing[] = [];
  records.forEach((record: unknown, index) => {
    const line = lines[index] ?? 0;
    const what = `Briefing ${index + 1}`;
    if (!record || typeof record !== 'object' || Array.isArray(record)) {
      diagnostics.push({
        severity: 'warning',
        code: 'bad-record',
        message: `${what} is not an object: skipped.`,
        file,
        line,
      });
      return;
    }
    const briefing = toBriefing(record as Fields, file, line, what, diagnostics);
    if (briefing) briefings.push(briefing);
  });
  return { briefings, diagnostics };
}

const CSV_COLUMNS: Record<keyof Fields, readonly string[]> = {
  title: ['title', 'headline', 'name'],
  summary: ['summary', 'text', 'body', 'description', 'abstract'],
  date: ['date', 'published', 'published_at', 'pubdate'],
  url: ['url', 'link', 'source_url'],
  region: ['region', 'wco_region'],
};

/**
 * Reads briefings from CSV with a header row naming at least `title` and `summary` columns (any order, any case;
 * optional `date`, `url`, `region`).
 * @example readCsvBriefings('title,summary\nT,"S, with a comma."', 'a.csv').briefings[0].summary // → 'S, with a comma.'
 */
export function readCsvBriefings(text: string, file: string): RecordsOutcome {
  const diagnostics: Diagnostic[] = [];
  const { records, problems } = parseCsv(text);
  for (const p of problems)
    diagnostics.push({ severity: 'warning', code: 'csv-syntax', message: p.message, file, line: p.line });
  const header = records[0];
  if (!header) {
    diagnostics.push({
      severity: 'error',
      code: 'empty-file',
      message: 'The file has no rows.',
      file,
      line: 0,
    });
    return { briefings: [], diagnostics };
  }
  const names = header.cells.map((c) =>
    c
      .trim()
      .toLowerCase()
      .replace(/[\s-]+/g, '_'),
  );
  const column = (key: keyof Fields) => names.findIndex((n) => CSV_COLUMNS[key].includes(n));
  const columns = {
    title: column('title'),
    summary: column('summary'),
    date: column('date'),
    url: column('url'),
    region: column('region'),
  };
  const missing = (['title', 'summary'] as const).filter((k) => columns[k] < 0);
  if (missing.length > 0) {
    diagnostics.push({
      severity: 'error',
      code: 'csv-columns',
      message: `The header row needs ${missing.map((m) => `a "${m}" column`).join(' and ')}; it has: ${header.cells.map((c) => `"${c.trim()}"`).join(', ') || 'nothing'}.`,
      file,
      line: header.line,
    });
    return { briefings: [], diagnostics };
  }
  if (records.length === 1) {
    diagnostics.push({
      severity: 'error',
      code: 'no-rows',
      message: 'The file has a header row but no rows of briefings under it.',
      file,
      line: header.line,
    });
    return { briefings: [], diagnostics };
  }
  // The app's own export guards formula-like cells with an apostrophe; take it off again so a round trip is exact.
  const exported = isExportedCsvHeader(header.cells);
  const briefings: RawBriefing[] = [];
  for (const record of records.slice(1)) {
    const cell = (i: number) => {
      const value = i >= 0 ? record.cells[i] : undefined;
      return exported && value !== undefined ? unguardCsvFormula(value) : value;
    };
    const fields: Fields = {
      title: cell(columns.title),
      summary: cell(columns.summary),
      date: cell(columns.date),
      url: cell(columns.url),
      region: cell(columns.region),
    };
    const briefing = toBriefing(fields, file, record.line, `Row at line ${record.line}`, diagnostics);
    if (briefing) briefings.push(briefing);
  }
  return { briefings, diagnostics };
}

/**
 * Where JSON text first breaks the grammar. Engines word their JSON.parse errors differently (some give no
 * position at all), so the line is found by a small scan of our own: iterative, with its own stack of open
 * brackets, so no nesting depth reaches the call stack.
 */
export function findJsonErrorOffset(text: string): number {
  let i = 0;
  const ws = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i]!)) i++;
  };
  const fail = (): never => {
    throw i;
  };
  const literal = (word: string) => (text.startsWith(word, i) ? (i += word.length) : fail());
  const string = () => {
    i++;
    while (i < text.length && text[i] !== '"') {
      if (text.charCodeAt(i) < 0x20) fail();
      i += text[i] === '\\' ? 2 : 1;
    }
    if (i >= text.length) fail();
    i++;
  };
  const key = () => {
    ws();
    if (text[i] !== '"') fail();
    string();
    ws();
    if (text[i] !== ':') fail();
    i++;
  };
  const scalar = () => {
    const ch = text[i];
    if (ch === '"') return string();
    if (ch === 't') return void literal('true');
    if (ch === 'f') return void literal('false');
    if (ch === 'n') return void literal('null');
    const number = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i, i + 64));
    if (!number) fail();
    i += number![0].length;
  };
  /** The closing bracket of every container open around the current position, innermost last. */
  const open: string[] = [];
  try {
    for (;;) {
      // A value starts here.
      ws();
      const ch = text[i];
      if (ch === '{' || ch === '[') {
        const close = ch === '{' ? '}' : ']';
        i++;
        ws();
        if (text[i] !== close) {
          open.push(close);
          if (close === '}') key();
          continue;
        }
        i++;
      } else scalar();
      // A value ended: close what it ends, or go on to the next element.
      for (;;) {
        ws();
        const close = open[open.length - 1];
        if (close === undefined) return i < text.length ? i : text.length;
        if (text[i] === close) {
          i++;
          open.pop();
        } else if (text[i] === ',') {
          i++;
          if (close === '}') key();
          break;
        } else fail();
      }
    }
  } catch (offset) {
    return typeof offset === 'number' ? offset : 0;
  }
}

function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/**
 * The line on which each element of the briefing list starts: the root array, or the array under the root
 * object's `key`. A light scan over strings and nesting; JSON.parse has already checked the syntax.
 */
function arrayElementLines(text: string, key: string | null): number[] {
  const lines: number[] = [];
  let line = 1;
  let depth = 0;
  let inString = false;
  let stringStart = 0;
  let lastKey: string | null = null;
  let targetDepth = key === null ? 1 : -1;
  let expectValue = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '\n') line++;
    if (inString) {
      if (ch === '\\') i++;
      else if (ch === '"') {
        inString = false;
        if (depth === 1 && key !== null) lastKey = text.slice(stringStart + 1, i);
      }
      continue;
    }
    if (depth === targetDepth && expectValue && !/[\s,\]]/.test(ch)) {
      lines.push(line);
      expectValue = false;
    }
    if (ch === '"') {
      inString = true;
      stringStart = i;
    } else if (ch === '[' || ch === '{') {
      depth++;
      if (ch === '[' && depth === 1 && key === null) expectValue = true;
      if (ch === '[' && depth === 2 && key !== null && lastKey === key && targetDepth < 0) {
        targetDepth = 2;
        expectValue = true;
      }
    } else if (ch === ']' || ch === '}') {
      if (depth === targetDepth && ch === ']') targetDepth = -2;
      depth--;
    } else if (ch === ',' && depth === targetDepth) {
      expectValue = true;
    }
  }
  return lines;
}
