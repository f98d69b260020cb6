/**
 * `npm run bench:browser [-- --sizes seed,10000,100000] [--out PATH] [--no-build] [--verbose]`: the app in Chromium, on the
 * production build, with the seed corpus and with generated corpora of 10,000 and 100,000 briefings. Measures, per
 * corpus: the time until the page is usable (dashboard shown; a first search answered) and whether progress was
 * shown; keystroke → updated count, list and charts (p50/p95) and the longest main-thread task while typing; a
 * filter click → update (p50/p95); the tab's JS heap. Also the initial JavaScript (gzip) of the build.
 *
 * An update is timed twice: to the last change on the screen (a 1440 × 900 window: what the user sees), and to the
 * last change anywhere, once the panels off the screen (OnScreenFirst, marked data-offscreen) have caught up
 * (docs/decisions/011-on-screen-first.md). The targets are read against the first; the second is printed beside it.
 *
 * Honest path: the app is built with `vite build` and served by `vite preview`; the generated corpora are made by
 * the same pipeline as `npm run data` (parse, tag, compact corpus file, serialised index) and served as files; the
 * page's own requests for data/corpus.json and data/search-index.json are pointed at them (Playwright
 * `route.continue`, so the browser downloads them itself). Timings are taken inside the page (event timestamps,
 * MutationObserver, requestAnimationFrame, PerformanceObserver 'longtask'), not from Playwright round trips.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { link, mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type Page } from '@playwright/test';
import { build as viteBuild } from 'vite';
import { chromiumLaunchOptions } from '../playwright.config';
import { buildCorpus, ALIAS_GROUPS } from '../src/core/tagging';
import {
  COMPACT_CORPUS_VERSION,
  decodeCompactCorpus,
  encodeCompactCorpus,
  generateBriefingText,
  readBriefingFiles,
  toPlainCorpus,
} from '../src/core/corpus';
import { SEARCH_INDEX_FINGERPRINT, buildSearchIndex, serializeSearchIndex } from '../src/core/search';
import { writeDataFiles } from './write-data-files';
import {
  QUERY_SET,
  TYPED_QUERIES,
  fmtInt,
  fmtMB,
  fmtMs,
  fmtRatio,
  stats,
  table,
  type Stats,
} from './bench-lib';
import type { PageEngineRun } from './bench-engines-page';
import { recordedFigure, recordedFigures } from './bench-record';

const args = process.argv.slice(2);
const option = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const SIZES = (option('--sizes') ?? 'seed,10000,100000').split(',');
const OUT = option('--out') ?? 'bench-results/bench-browser.json';
const CACHE = join('node_modules', '.cache', 'briefing-atlas-bench');
const DIST = join(CACHE, 'dist');
const PORT = Number(option('--port') ?? 4181);
/** `--verbose`: every interaction's latency and longest task on stderr. */
const VERBOSE = args.includes('--verbose');
const ORIGIN = `http://127.0.0.1:${PORT}`;

/** Generated data is reused while the index and the corpus file formats stay the same. */
const DATA_STAMP = `${SEARCH_INDEX_FINGERPRINT}+compact-v${COMPACT_CORPUS_VERSION}`;

const log = (line: string) => process.stderr.write(`${line}\n`);

function run(command: string, commandArgs: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, commandArgs, { stdio: ['ignore', 'ignore', 'inherit'] });
    child.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`${command} ${commandArgs.join(' ')} exited ${code}`)),
    );
  });
}

/** The generated corpus and index files for a size, made once and kept in the cache. */
async function prepareData(n: number): Promise<string> {
  const cached = join(CACHE, `data-${n}`);
  const dir = join(DIST, `bench-data-${n}`);
  const stamp = join(cached, 'fingerprint.txt');
  if (
    !existsSync(stamp) ||
    (await readFile(stamp, 'utf8')) !== DATA_STAMP ||
    !existsSync(join(cached, 'search-index.json.zst'))
  ) {
    await generateData(n, cached);
    // Generating 100,000 briefings leaves ~1 GB of garbage in this process, whose collection would otherwise run
    // on the cores the browser is being measured on (npm run bench:browser runs with --expose-gc).
    (globalThis as { gc?: () => void }).gc?.();
  }
  // Served by the preview server from the build directory (which a build empties): hard links, no copies.
  await mkdir(dir, { recursive: true });
  for (const name of ['corpus.json', 'search-index.json'].flatMap((f) => [f, `${f}.gz`, `${f}.zst`])) {
    await rm(join(dir, name), { force: true });
    await link(join(cached, name), join(dir, name));
  }
  return dir;
}

async function generateData(n: number, dir: string): Promise<void> {
  log(`generating ${fmtInt(n)} briefings…`);
  const bytes = new TextEncoder().encode(generateBriefingText(n, 1));
  const { briefings, diagnostics } = readBriefingFiles([{ name: 'generated.txt', bytes }]);
  const corpus = buildCorpus(briefings, diagnostics, {
    name: `generated-${n}`,
    generatedAt: '2026-01-01T00:00:00.000Z',
  });
  const index = serializeSearchIndex(buildSearchIndex(corpus), corpus, ALIAS_GROUPS);
  await mkdir(dir, { recursive: true });
  // The same files as the data step writes, compressed copies included (served as-is, like a production host would).
  await writeDataFiles(dir, [
    ['corpus.json', JSON.stringify(encodeCompactCorpus(corpus))],
    ['search-index.json', index],
  ]);
  await writeFile(join(dir, 'fingerprint.txt'), DATA_STAMP);
}

/** Gzipped size of the JavaScript the first page load fetches: the entry and its static imports. */
async function initialJs(): Promise<{ files: string[]; raw: number; gzip: number; lazy: number }> {
  const html = await readFile(join(DIST, 'index.html'), 'utf8');
  // Each file once: the entry is both the page's script and a module preload.
  const files = [...new Set([...html.matchAll(/(?:src|href)="\/?([^"]+\.js)"/g)].map((m) => m[1]!))];
  let raw = 0;
  let gzip = 0;
  for (const f of files) {
    const bytes = await readFile(join(DIST, f));
    raw += bytes.length;
    gzip += gzipSync(bytes).length;
  }
  let lazy = 0;
  for (const f of await readdir(join(DIST, 'assets')))
    if (f.endsWith('.js') && !files.includes(`assets/${f}`))
      lazy += gzipSync(await readFile(join(DIST, 'assets', f))).length;
  return { files, raw, gzip, lazy };
}

/** In-page instrumentation, installed before the app's own scripts run. */
function instrument() {
  const w = window as unknown as { __bench: Record<string, unknown> };
  const bench = {
    longTasks: [] as { start: number; duration: number }[],
    mutations: 0,
    lastMutation: 0,
    /** The last change outside the panels off the screen (OnScreenFirst's data-offscreen), and its frame. */
    lastOnScreen: 0,
    onScreenFrame: 0,
    progressSeen: false,
    stages: [] as string[],
    statusAt: 0,
    statusLog: [] as [number, string][],
    events: [] as number[],
    lastFrame: 0,
  };
  let framePending = false;
  w.__bench = bench;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) bench.longTasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
  const statusRe = /^[\d,]+ of [\d,]+ briefings$/;
  const observer = new MutationObserver((records) => {
    const now = performance.now();
    // A panel off the screen catches up just after the on-screen update; its changes are timed apart. (A panel
    // coming on or going off the screen, the attribute itself, is not a change the input caused.)
    let onScreen = false;
    let any = false;
    for (const r of records) {
      if (r.type === 'attributes' && r.attributeName === 'data-offscreen') continue;
      any = true;
      const el = r.target instanceof Element ? r.target : r.target.parentElement;
      if (!el?.closest('[data-offscreen]')) onScreen = true;
    }
    if (!any) return;
    bench.mutations++;
    bench.lastMutation = now;
    if (onScreen) bench.lastOnScreen = now;
    // The frame that paints this change.
    if (!framePending) {
      framePending = true;
      requestAnimationFrame(() => {
        framePending = false;
        bench.lastFrame = performance.now();
        if (onScreen) bench.onScreenFrame = bench.lastFrame;
      });
    }
    const progress = document.querySelector('progress');
    if (progress) {
      bench.progressSeen = true;
      const label = progress.previousElementSibling?.textContent ?? '';
      if (label && bench.stages[bench.stages.length - 1] !== label) bench.stages.push(label);
    }
    for (const el of Array.from(document.querySelectorAll('[role="status"]'))) {
      const text = el.textContent?.trim() ?? '';
      if (!statusRe.test(text)) continue;
      bench.statusAt ||= performance.now();
      const last = bench.statusLog[bench.statusLog.length - 1];
      if (last?.[1] !== text) bench.statusLog.push([performance.now(), text]);
    }
  });
  const start = () =>
    observer.observe(document.documentElement, {
      subtree: true,
      childList: true,
      characterData: true,
      attributes: true,
    });
  if (document.documentElement) start();
  else document.addEventListener('readystatechange', start, { once: true });
  for (const type of ['keydown', 'click'])
    document.addEventListener(type, (e) => bench.events.push(e.timeStamp), { capture: true });
}

/** Waits until the DOM has been quiet for `quietMs` (and one more frame has run). */
async function settle(page: Page, quietMs = 250): Promise<void> {
  await page.evaluate(
    (quiet) =>
      new Promise<void>((resolve) => {
        const b = (window as unknown as { __bench: { lastMutation: number } }).__bench;
        const check = () => {
          if (performance.now() - b.lastMutation < quiet) return void setTimeout(check, 50);
          resolve();
        };
        setTimeout(check, quiet);
      }),
    quietMs,
  );
}

interface Timed {
  /** To the last change on the screen (count, list, charts as far as they are on screen). */
  updated: number;
  /** To the animation frame after it (painted). */
  frame: number;
  /** To the last change anywhere: the panels off the screen caught up too. */
  caughtUp: number;
  longestTask: number;
  searchMs: number;
}

/**
 * Does `act` (a keystroke or a click), waits for the page to settle, and returns the time from the input event to
 * the last DOM change it caused on the screen (count, list, charts updated), to the animation frame after it
 * (painted), to the last change anywhere (panels off the screen caught up), and the longest main-thread task
 * meanwhile; null when it changed nothing.
 */
async function interaction(page: Page, act: () => Promise<void>): Promise<Timed | null> {
  const before = await page.evaluate(() => {
    const b = (
      window as unknown as { __bench: { events: number[]; mutations: number; longTasks: unknown[] } }
    ).__bench;
    b.events.length = 0;
    return { mutations: b.mutations, tasks: b.longTasks.length };
  });
  await act();
  await settle(page);
  return page.evaluate((was) => {
    const b = (
      window as unknown as {
        __bench: {
          events: number[];
          mutations: number;
          lastMutation: number;
          lastOnScreen: number;
          onScreenFrame: number;
          lastFrame: number;
          longTasks: { duration: number }[];
        };
      }
    ).__bench;
    const event = b.events[0];
    if (event === undefined || b.mutations === was.mutations) return null;
    const searches = performance
      .getEntriesByName('briefing-atlas:search')
      .filter((m) => m.startTime >= event);
    // (Nothing on the screen changed: it was current at once, and the catch-up is all there is to time.)
    const seen = b.lastOnScreen >= event;
    return {
      updated: (seen ? b.lastOnScreen : b.lastMutation) - event,
      frame: (seen ? b.onScreenFrame : b.lastFrame) - event,
      caughtUp: b.lastMutation - event,
      longestTask: Math.max(0, ...b.longTasks.slice(was.tasks).map((t) => t.duration)),
      searchMs: searches.reduce((sum, m) => sum + m.duration, 0),
    };
  }, before);
}

/** The app's loading marks, in the order they usually come, as the table names them. */
const LOAD_MARKS = [
  ['corpus-parsed', 'corpus file parsed, ms'],
  ['corpus-read', 'corpus decoded, ms'],
  ['index-ready', 'search index ready, ms'],
] as const;

interface SizeResult {
  size: string;
  briefings: number;
  /** Interactions that changed nothing on the page (left out of the latencies). */
  unchanged: number;
  dashboardMs: number;
  usableMs: number;
  /** Loading stages marked by the app (corpus-parsed, corpus-read, index-ready), ms. */
  marks: Record<string, number>;
  progressShown: boolean;
  stages: string[];
  longestLoadTaskMs: number;
  /** To the update on the screen. */
  keystroke: Stats;
  /** To the frame after the update (includes waiting for the display's next frame, up to 16.7 ms). */
  keystrokeFrame: Stats;
  /** To the last change anywhere, panels off the screen included. */
  keystrokeCaughtUp: Stats;
  longestTypingTaskMs: number;
  filterClick: Stats;
  filterClickFrame: Stats;
  filterClickCaughtUp: Stats;
  longestClickTaskMs: number;
  heapMB: number;
  /** The engines side by side in this browser on the same corpus (not run at 100,000: Fuse.js alone takes hours). */
  engines: PageEngineRun[] | null;
}

/** The in-page engine comparison (scripts/bench-engines-page.ts), bundled for the browser once. */
let enginesScript: Promise<string> | null = null;
function enginesBundle(): Promise<string> {
  enginesScript ??= (async () => {
    const out = await viteBuild({
      configFile: false,
      logLevel: 'warn',
      build: {
        write: false,
        minify: true,
        lib: {
          entry: 'scripts/bench-engines-page.ts',
          formats: ['iife'],
          name: 'BenchEngines',
          fileName: 'engines',
        },
      },
    });
    const outputs = (Array.isArray(out) ? out : [out]) as { output: { type: string; code?: string }[] }[];
    const chunk = outputs.flatMap((o) => o.output).find((o) => o.type === 'chunk');
    if (!chunk?.code) throw new Error('The engines bundle is empty.');
    return chunk.code;
  })();
  return enginesScript;
}

/** The corpus a size is measured on, as plain JSON for the page: the seed as the data step reads it, or the generated one. */
async function corpusJsonFor(size: string, dataDir: string | null): Promise<string> {
  if (dataDir) {
    const decoded = decodeCompactCorpus(JSON.parse(await readFile(join(dataDir, 'corpus.json'), 'utf8')));
    if (!decoded.ok) throw new Error(decoded.reason);
    return JSON.stringify(toPlainCorpus(decoded.data));
  }
  const names = (await readdir('seeds')).filter((f) => f.endsWith('.txt'));
  const files = await Promise.all(
    names.map(async (name) => ({ name, bytes: new Uint8Array(await readFile(join('seeds', name))) })),
  );
  const { briefings, diagnostics } = readBriefingFiles(files);
  return JSON.stringify(
    buildCorpus(briefings, diagnostics, { name: size, generatedAt: '2026-01-01T00:00:00.000Z' }),
  );
}

/** MiniSearch as configured, MiniSearch's defaults, the plain scan and Fuse.js, run in a blank page of `browser`. */
async function compareEngines(
  browser: Browser,
  size: string,
  dataDir: string | null,
): Promise<PageEngineRun[]> {
  log(`${size}: engines side by side…`);
  const page = await browser.newPage();
  try {
    await page.addScriptTag({ content: await enginesBundle() });
    const json = await corpusJsonFor(size, dataDir);
    return await page.evaluate(
      ([corpus, groups]) =>
        (
          globalThis as unknown as {
            benchEngines: (c: string, g: string[][]) => Promise<PageEngineRun[]>;
          }
        ).benchEngines(corpus, groups),
      [json, ALIAS_GROUPS.map((g) => [...g])] as const,
    );
  } finally {
    await page.close();
  }
}

async function measure(size: string): Promise<SizeResult> {
  const dataDir = size === 'seed' ? null : await prepareData(Number(size));
  const browser = await chromium.launch(chromiumLaunchOptions);
  try {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    const page = await context.newPage();
    if (dataDir) {
      const rel = dataDir.slice(DIST.length).replace(/\\/g, '/');
      for (const name of ['corpus.json', 'search-index.json'])
        await page.route(`**/data/${name}`, (route) => route.continue({ url: `${ORIGIN}${rel}/${name}` }));
    }
    // tsx (esbuild, keepNames) wraps named functions in `__name(...)`; functions sent to the page need it too.
    await page.addInitScript({ content: 'globalThis.__name = (fn) => fn;' });
    await page.addInitScript(instrument);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');

    log(`${size}: loading…`);
    await page.goto(ORIGIN, { waitUntil: 'commit' });
    const status = page.getByRole('status').filter({ hasText: /^[\d,]+ of [\d,]+ briefings$/ });
    // Waits on the in-page instrument's own note of the first count, not on a role query: Playwright runs those in
    // the page, over the whole DOM, on every poll (at 100,000 briefings ~0.1 s of the page's thread while it loads).
    await page.waitForFunction(
      () => (window as unknown as { __bench: { statusAt: number } }).__bench.statusAt > 0,
      null,
      {
        timeout: 120_000,
        polling: 'raf',
      },
    );
    const searchbox = page.getByRole('search').getByRole('searchbox', { name: 'Search briefings' });
    // Usable: a first query typed as soon as the dashboard shows is answered (the index may still be loading).
    const initial = ((await status.textContent()) ?? '').trim();
    const total = Number(/of ([\d,]+)/.exec(initial)?.[1]?.replace(/,/g, ''));
    await searchbox.fill('kenya');
    await page.waitForFunction(
      (first) =>
        (window as unknown as { __bench: { statusLog: [number, string][] } }).__bench.statusLog.some(
          ([, text]) => text !== first,
        ),
      initial,
      { timeout: 120_000 },
    );
    const load = await page.evaluate((first) => {
      const b = (
        window as unknown as {
          __bench: {
            statusAt: number;
            statusLog: [number, string][];
            progressSeen: boolean;
            stages: string[];
            longTasks: { duration: number }[];
          };
        }
      ).__bench;
      return {
        dashboardMs: b.statusAt,
        usableMs: b.statusLog.find(([, text]) => text !== first)![0],
        progressShown: b.progressSeen,
        stages: b.stages,
        longest: Math.max(0, ...b.longTasks.map((t) => t.duration)),
        // The app's own User Timing marks (briefing-atlas:corpus-parsed, …), ms from navigation.
        marks: Object.fromEntries(
          performance
            .getEntriesByType('mark')
            .filter((m) => m.name.startsWith('briefing-atlas:'))
            .map((m) => [m.name.slice('briefing-atlas:'.length), m.startTime]),
        ) as Record<string, number>,
      };
    }, initial);
    await searchbox.fill('');
    await settle(page, 500);
    log(`${size}: usable at ${fmtMs(load.usableMs)} ms; typing…`);

    const tasksFrom = async () =>
      page.evaluate(
        () => (window as unknown as { __bench: { longTasks: unknown[] } }).__bench.longTasks.length,
      );
    const longestSince = async (from: number) =>
      page.evaluate(
        (i) =>
          Math.max(
            0,
            ...(window as unknown as { __bench: { longTasks: { duration: number }[] } }).__bench.longTasks
              .slice(i)
              .map((t) => t.duration),
          ),
        from,
      );

    const typingFrom = await tasksFrom();
    const series = () => ({ updated: [] as number[], frames: [] as number[], caughtUp: [] as number[] });
    const keystrokes = series();
    const clicks = series();
    let unchanged = 0;
    const keep = (into: ReturnType<typeof series>, label: string) => (ms: Timed | null) => {
      if (VERBOSE)
        log(
          `  ${label.padEnd(28)} ${ms ? `${fmtMs(ms.updated).padStart(6)} ms (all ${fmtMs(ms.caughtUp)}), longest task ${fmtMs(ms.longestTask)} ms, search ${fmtMs(ms.searchMs)} ms` : 'no change'}`,
        );
      if (!ms) return unchanged++;
      into.updated.push(ms.updated);
      into.frames.push(ms.frame);
      into.caughtUp.push(ms.caughtUp);
    };
    await searchbox.focus();
    for (const text of TYPED_QUERIES) {
      for (let i = 0; i < text.length; i++) {
        const ch = text[i]!;
        keep(
          keystrokes,
          `type "${text.slice(0, i + 1)}"`,
        )(await interaction(page, () => page.keyboard.press(ch === ' ' ? 'Space' : ch)));
      }
      // Select all (changes nothing on the page), then the measured keystroke: Backspace empties the box. Timed
      // from the Backspace, not from the selection a round trip earlier.
      await page.keyboard.press('ControlOrMeta+a');
      keep(keystrokes, `clear "${text}"`)(await interaction(page, () => page.keyboard.press('Backspace')));
    }
    const longestTypingTaskMs = await longestSince(typingFrom);

    log(`${size}: clicking filters…`);
    const clickFrom = await tasksFrom();
    for (const legend of ['Region', 'Theme', 'Country']) {
      const box = page.getByRole('group', { name: legend, exact: true }).getByRole('checkbox').first();
      keep(clicks, `tick first ${legend}`)(await interaction(page, () => box.click()));
    }
    for (const legend of ['Country', 'Theme', 'Region']) {
      const box = page
        .getByRole('group', { name: legend, exact: true })
        .getByRole('checkbox', { checked: true })
        .first();
      keep(clicks, `untick ${legend}`)(await interaction(page, () => box.click()));
    }
    // Once more with a search active: the facet counts then intersect the search results.
    await searchbox.fill('customs');
    await settle(page);
    for (const legend of ['Region', 'Theme']) {
      const box = page.getByRole('group', { name: legend, exact: true }).getByRole('checkbox').first();
      keep(clicks, `tick first ${legend} (search)`)(await interaction(page, () => box.click()));
    }
    const longestClickTaskMs = await longestSince(clickFrom);

    await cdp.send('HeapProfiler.collectGarbage');
    const { metrics } = await cdp.send('Performance.getMetrics');
    const heap = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? NaN;
    await page.close();
    const engines = total <= 10_000 ? await compareEngines(browser, size, dataDir) : null;
    return {
      size,
      briefings: total,
      unchanged,
      dashboardMs: load.dashboardMs,
      usableMs: load.usableMs,
      marks: load.marks,
      progressShown: load.progressShown,
      stages: load.stages,
      longestLoadTaskMs: load.longest,
      keystroke: stats(keystrokes.updated),
      keystrokeFrame: stats(keystrokes.frames),
      keystrokeCaughtUp: stats(keystrokes.caughtUp),
      longestTypingTaskMs,
      filterClick: stats(clicks.updated),
      filterClickFrame: stats(clicks.frames),
      filterClickCaughtUp: stats(clicks.caughtUp),
      longestClickTaskMs,
      heapMB: heap / 1e6,
      engines,
    };
  } finally {
    await browser.close();
  }
}

/** The retired engine's last figures in the browser (decision 019), by this bench's column names. */
const RETIRED = recordedFigures('retired-engine-browser');
const retiredColumn = (r: SizeResult) => (r.size === 'seed' ? 'seed' : fmtInt(r.briefings));

/** Per size: the engines side by side in Chromium, with the retired engine's recorded app figures. */
function engineTables(results: SizeResult[], cols: string[]): string[] {
  const out: string[] = [
    `Search engines side by side in Chromium (${QUERY_SET.length} queries, ms; the app's engine first)`,
  ];
  results.forEach((r, i) => {
    if (!r.engines) return out.push(`${cols[i]}: not run at this size (Fuse.js alone would take hours)`);
    const ours = r.engines[0]!.latency;
    out.push(
      `${cols[i]}:`,
      table(
        ['engine', 'build', 'load', 'p50', 'p95', 'max', 'p95 ÷ ours'],
        r.engines.map((e) => [
          e.name,
          fmtMs(e.buildMs),
          e.loadMs === undefined ? '–' : fmtMs(e.loadMs),
          fmtMs(e.latency.p50),
          fmtMs(e.latency.p95),
          fmtMs(e.latency.max),
          fmtRatio(e.latency.p95 / ours.p95),
        ]),
      ),
    );
  });
  out.push('Retired engine (decision 019, its last recorded runs) beside the app today:');
  for (const r of results) {
    const keystroke = recordedFigure(RETIRED, 'keystroke → on screen p95, ms', retiredColumn(r));
    const usable = recordedFigure(RETIRED, 'usable (first search answered), ms', retiredColumn(r));
    out.push(
      `  ${retiredColumn(r).padStart(7)}: keystroke p95 ${fmtMs(r.keystroke.p95)} ms (retired: ${keystroke === null ? '–' : fmtMs(keystroke)}); ` +
        `usable ${fmtMs(r.usableMs)} ms (retired: ${usable === null ? '–' : fmtMs(usable)})`,
    );
  }
  return out;
}

async function main() {
  const started = performance.now();
  if (!args.includes('--no-build')) {
    log('data step and production build…');
    await run('npx', ['tsx', 'scripts/build-data.ts']);
    await run('npx', ['vite', 'build', '--outDir', DIST, '--emptyOutDir', '--logLevel', 'warn']);
  }
  const js = await initialJs();
  const server: ChildProcess = spawn(
    'npx',
    ['vite', 'preview', '--outDir', DIST, '--port', String(PORT), '--strictPort', '--host', '127.0.0.1'],
    { stdio: 'ignore', detached: true },
  );
  try {
    for (let i = 0; i < 100; i++) {
      try {
        if ((await fetch(ORIGIN)).ok) break;
      } catch {
        await new Promise((r) => setTimeout(r, 200));
      }
    }
    const results: SizeResult[] = [];
    for (const size of SIZES) results.push(await measure(size));

    const cols = results.map((r) => (r.size === 'seed' ? `seed (${r.briefings})` : fmtInt(r.briefings)));
    const target = { seed: 16, '10000': 50, '100000': 150 } as Record<string, number>;
    const lines = [
      `Initial JavaScript: ${(js.gzip / 1024).toFixed(1)} KB gzip (${(js.raw / 1024).toFixed(0)} KB raw, ${js.files.length} file(s)); loaded on demand: ${(js.lazy / 1024).toFixed(0)} KB gzip`,
      '',
      table(
        ['Chromium, production build', ...cols],
        [
          ...LOAD_MARKS.map(([mark, label]) => [
            `  ${label}`,
            ...results.map((r) => (r.marks[mark] === undefined ? '–' : fmtMs(r.marks[mark]))),
          ]),
          ['dashboard shown, ms from navigation', ...results.map((r) => fmtMs(r.dashboardMs))],
          ['usable (first search answered), ms', ...results.map((r) => fmtMs(r.usableMs))],
          ['progress shown while loading', ...results.map((r) => (r.progressShown ? 'yes' : 'no'))],
          ['longest task while loading, ms', ...results.map((r) => fmtMs(r.longestLoadTaskMs))],
          ['keystroke → on-screen count, list, charts p50', ...results.map((r) => fmtMs(r.keystroke.p50))],
          ['keystroke → on-screen count, list, charts p95', ...results.map((r) => fmtMs(r.keystroke.p95))],
          ['keystroke max', ...results.map((r) => fmtMs(r.keystroke.max))],
          [
            '  … to the next frame p50 / p95',
            ...results.map((r) => `${fmtMs(r.keystrokeFrame.p50)} / ${fmtMs(r.keystrokeFrame.p95)}`),
          ],
          [
            '  … off-screen panels too p50 / p95',
            ...results.map((r) => `${fmtMs(r.keystrokeCaughtUp.p50)} / ${fmtMs(r.keystrokeCaughtUp.p95)}`),
          ],
          ['longest task while typing, ms', ...results.map((r) => fmtMs(r.longestTypingTaskMs))],
          ['filter click → on-screen update p50', ...results.map((r) => fmtMs(r.filterClick.p50))],
          ['filter click → on-screen update p95', ...results.map((r) => fmtMs(r.filterClick.p95))],
          [
            '  … to the next frame p50 / p95',
            ...results.map((r) => `${fmtMs(r.filterClickFrame.p50)} / ${fmtMs(r.filterClickFrame.p95)}`),
          ],
          [
            '  … off-screen panels too p50 / p95',
            ...results.map(
              (r) => `${fmtMs(r.filterClickCaughtUp.p50)} / ${fmtMs(r.filterClickCaughtUp.p95)}`,
            ),
          ],
          ['longest task while clicking, ms', ...results.map((r) => fmtMs(r.longestClickTaskMs))],
          ['JS heap after GC', ...results.map((r) => fmtMB(r.heapMB * 1e6))],
        ],
      ),
      '',
      ...engineTables(results, cols),
      '',
      'Targets',
      ...results.map((r) => {
        const limit = target[r.size] ?? NaN;
        const mark = (ok: boolean) => (ok ? 'met' : 'NOT MET');
        const parts = [
          `keystroke p95 ${fmtMs(r.keystroke.p95)} ms on screen (≤ ${limit}: ${mark(r.keystroke.p95 <= limit)}), ${fmtMs(r.keystrokeCaughtUp.p95)} ms with the panels off the screen`,
          `longest typing task ${fmtMs(r.longestTypingTaskMs)} ms (≤ 50: ${mark(r.longestTypingTaskMs <= 50)})`,
        ];
        if (r.size === '100000')
          parts.push(
            `usable ${fmtMs(r.usableMs)} ms (≤ 4000: ${mark(r.usableMs <= 4000)}), progress ${r.progressShown ? 'shown' : 'NOT shown'}`,
          );
        return `${cols[results.indexOf(r)]!.padStart(10)}: ${parts.join('; ')}`;
      }),
      `   initial JS ${(js.gzip / 1024).toFixed(1)} KB gzip (≤ 200: ${js.gzip / 1024 <= 200 ? 'met' : 'NOT MET'})`,
    ];
    process.stdout.write(
      `\n${lines.join('\n')}\n\nTotal ${((performance.now() - started) / 1000).toFixed(0)} s\n`,
    );
    await mkdir(dirname(OUT), { recursive: true });
    await writeFile(
      OUT,
      JSON.stringify(
        { date: new Date().toISOString(), initialJs: js, typed: TYPED_QUERIES, results },
        null,
        2,
      ),
    );
    log(`wrote ${OUT}`);
  } finally {
    if (server.pid) process.kill(-server.pid);
  }
}

await main();
