import { memo, useCallback, useDeferredValue, useMemo, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import type { Briefing, Corpus, Correction, Diagnostic, ImportMode } from '@/core/corpus';
import {
  deriveView,
  dropUnknownIds,
  findBriefing,
  labelOf,
  describeView,
  briefingsToCorpusJson,
  briefingsToCsv,
  exportFileName,
  clearFilters,
  parseViewState,
  serializeViewState,
  toggleFilter,
  viewQueryOf,
} from '@/core/view';
import { mergeCorpus, FILTER_KINDS, isFilterKind } from '@/core/corpus';
import { type SearchOutcome, describePartial } from '@/core/search';
import { ErrorBoundary } from '@/components/ui/error-boundary';
import { DroppedNotice } from '@/components/ui/notice';
import { OnScreenFirst } from '@/components/ui/on-screen-first';
import { clearStoredCorpus, commitStoredCorpus } from '@/lib/corpus-store';
import { useDerivedView } from '@/lib/use-derived-view';
import { useViewState } from '@/lib/use-view-state';
import {
  activeCorpusQueryOptions,
  bundledCorpusQueryOptions,
  useActiveCorpus,
  useFollowOtherTabs,
  type ActiveCorpus,
} from '@/features/corpus/api/get-active-corpus';
import { CorpusEmpty, CorpusError, CorpusLoading } from '@/features/corpus/components/corpus-states';
import { ActiveFilters } from '@/features/filters/components/active-filters';
import { FacetPanel } from '@/features/filters/components/facet-panel';
import {
  useCorrectedCorpus,
  useFollowOtherTabsCorrections,
  useKeptCorrections,
  type KeptCorrections,
} from '@/features/corrections/api/get-corrections';
import { CorrectionsDialog } from '@/features/corrections/components/corrections-dialog';
import { SearchBox } from '@/features/search/components/search-box';
import type { SearchSuggestion, DerivedView, Filters, ViewState } from '@/core/view';
import {
  DEFER_ABOVE,
  HAND_OVER_ABOVE,
  useSearch,
  useSearchMany,
  useSearchSuggestions,
} from '@/features/search/hooks/use-search';
import { Presentation, type Slide } from '@/features/present/components/presentation';
import { SavedViewsDialog } from '@/features/saved-views/components/saved-views-dialog';
import { useSavedViews } from '@/features/saved-views/api/use-saved-views';
import { DataExportButtons } from '@/features/export/components/data-export-buttons';
import { usePrinting } from '@/features/export/hooks/use-printing';
import { ImportDialog, type ImportReport } from '@/features/import/components/import-dialog';
import { AppShell } from './app-shell';
import { buildChartPanels, makeViewHandlers, type ExportContext, type Update } from './chart-panels';
import { ResultsPanel } from './results-panel';
import { viewSlides } from './view-slides';
import { PrintPackOfView } from './print-pack-of-view';
import { CorrectableBriefingDetail } from './correctable-briefing-detail';

/**
 * The charts beside the results (a compact overview of coverage), the short region chart first so that both are on
 * the first screen; the others follow the results.
 */
const OVERVIEW_CHARTS: readonly string[] = ['regions', 'themes'];

/** Header controls that do not depend on the query: memoised, so a keystroke does not redraw them. */
const MemoSavedViewsDialog = memo(SavedViewsDialog);
const MemoImportDialog = memo(ImportDialog);
const MemoSearchBox = memo(SearchBox);

/** The last filters handed out; see `shareFilters`. */
let lastFilters: Filters | null = null;

/**
 * The filters with each kind's list taken from the previous call when equal by value: the address is parsed afresh
 * on every keystroke, and memoised panels compare their `selected` lists by reference.
 */
function shareFilters(filters: Filters): Filters {
  const prev = lastFilters;
  if (!prev) return (lastFilters = filters);
  const out = { ...filters };
  let same = true;
  for (const kind of FILTER_KINDS) {
    const a = prev[kind];
    const b = filters[kind];
    if (a.length === b.length && a.every((id, i) => id === b[i])) out[kind] = a;
    else same = false;
  }
  return same ? prev : (lastFilters = out);
}

/**
 * Loads the corpus (the analyst's own if kept, else the bundled one) and the corrections made in this browser, lays
 * the corrections over the corpus — the one place the page gets its corpus, so every count, chart, map, slide and
 * export follows them — and shows the dashboard, or says why not.
 */
export function DashboardPage() {
  const active = useActiveCorpus();
  const keptQuery = useKeptCorrections();
  useFollowOtherTabs();
  useFollowOtherTabsCorrections();
  // Reading them reports its own failures; should it fail anyway, the page shows the corpus as loaded.
  const kept = keptQuery.isError
    ? {
        list: NO_CORRECTIONS,
        notice: `The corrections kept in this browser could not be read: ${keptQuery.error.message}`,
      }
    : keptQuery.data;
  const corpus = useCorrectedCorpus(active.data?.corpus, kept?.list);
  if (active.isPending || keptQuery.isPending) {
    return (
      <AppShell>
        <CorpusLoading />
      </AppShell>
    );
  }
  if (active.isError) {
    return (
      <AppShell>
        <CorpusError
          error={active.error}
          onRetry={() => void active.refetch()}
          retrying={active.isFetching}
        />
      </AppShell>
    );
  }
  if (!corpus || !kept) return null;
  return <Dashboard active={active.data} corpus={corpus} corrections={kept} />;
}

const NO_CORRECTIONS: Correction[] = [];

/** The view in the address now (read by exports and saved views when used, so typing does not redraw them). */
const viewNow = (corpus: Corpus) =>
  dropUnknownIds(corpus, parseViewState(window.location.search).state).state;
/** …and in words. */
const wordsNow = (corpus: Corpus) => describeView(corpus, viewNow(corpus));

/** Read inside the callbacks below (a new array each call), so they, and the memoised import dialog, stay the same. */
const keyOf = () => activeCorpusQueryOptions().queryKey;

function useCorpusActions(active: ActiveCorpus) {
  const queryClient = useQueryClient();
  const { corpus, origin, generation } = active;
  const onImport = useCallback(
    async (
      briefings: Briefing[],
      diagnostics: Diagnostic[],
      mode: ImportMode,
      names: string[],
    ): Promise<ImportReport> => {
      let counts = { added: 0, duplicates: 0 };
      // Merged into the latest kept corpus (another tab may have imported since this one loaded), in the
      // transaction that keeps the result.
      const kept = await commitStoredCorpus({
        shown: { corpus, generation, bundled: origin === 'bundled' },
        fallback: () => queryClient.fetchQuery(bundledCorpusQueryOptions()),
        build: (latest) => {
          const merged = mergeCorpus(latest, briefings, mode, {
            name: names.join(', '),
            generatedAt: new Date().toISOString(),
            warnings: diagnostics,
          });
          counts = { added: merged.added, duplicates: merged.duplicates };
          return merged.corpus;
        },
      });
      queryClient.setQueryData<ActiveCorpus>(keyOf(), {
        corpus: kept.corpus,
        origin: 'imported',
        generation: kept.generation,
        notice: null,
      });
      let repeated = 0;
      for (const d of diagnostics) if (d.code === 'duplicate') repeated++;
      return {
        files: names,
        read: briefings.length + repeated,
        added: counts.added,
        duplicates: counts.duplicates + repeated,
        diagnostics,
        ...(kept.problem === null ? {} : { storageProblem: kept.problem }),
      };
    },
    [corpus, origin, generation, queryClient],
  );
  const onReset = useCallback(async () => {
    await clearStoredCorpus();
    await queryClient.resetQueries({ queryKey: keyOf() });
  }, [queryClient]);
  return { onImport, onReset };
}

function Dashboard({
  active,
  corpus,
  corrections,
}: {
  /** The corpus loaded, before the corrections made in this browser: imports merge into it. */
  active: ActiveCorpus;
  /** The corpus shown: the corrections laid over it. */
  corpus: Corpus;
  corrections: KeptCorrections;
}) {
  const { origin, notice } = active;
  const { state: urlState, dropped: malformed, navigate } = useViewState();
  const { state, dropped: unknown } = useMemo(() => dropUnknownIds(corpus, urlState), [corpus, urlState]);
  const dropped = useMemo(() => [...malformed, ...unknown], [malformed, unknown]);
  // Every change starts from the address as it is now, not from a render's copy, so a stable callback can serve
  // the whole page (and a click during typing never loses a keystroke).
  const update = useCallback<Update>(
    (change, options) => navigate(change(viewNow(corpus)), options),
    [corpus, navigate],
  );
  const search = useSearch(corpus, state.q);
  const suggestions = useSearchSuggestions(corpus, state.q);
  // The search box answers at once; everything below it renders with the query deferred, so typing never waits for
  // charts and lists (and React can drop a render a newer keystroke makes stale). Clicks apply at once: a checkbox
  // must never lag behind the click that ticked it.
  // Below DEFER_ABOVE nothing is deferred: the hook then gets a constant, so React schedules no second render.
  const small = corpus.briefings.length < DEFER_ABOVE;
  const laterQ = useDeferredValue(small ? '' : state.q);
  const deferredQ = small ? state.q : laterQ;
  const restKey = serializeViewState({ ...state, q: '' });
  const deferredState = useMemo(
    () => ({ ...state, filters: shareFilters(state.filters), q: deferredQ }),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- restKey stands for every field but q, by value
    [restKey, deferredQ],
  );
  // The same view object while the filters and the ranking stay the same, its unchanged parts shared otherwise, so
  // memoised panels whose numbers did not change are not redrawn.
  const view = useDerivedView(corpus, deferredState, search.matchedIds);
  const { onImport, onReset } = useCorpusActions(active);
  const presenting = state.slide !== null;
  const currentView = useCallback(
    () => ({ query: viewQueryOf(window.location.search), words: wordsNow(corpus) }),
    [corpus],
  );
  const onSearchChange = useCallback(
    (q: string) => update((s) => ({ ...s, q, open: null }), { replace: true }),
    [update],
  );
  const onPickSuggestion = useCallback(
    (s: SearchSuggestion) => {
      if (s.kind !== 'term' && isFilterKind(s.kind) && s.tagId) {
        // A tag suggestion becomes a filter, and the half-typed word leaves the query.
        const tagId = s.tagId;
        const kind = s.kind;
        update((current) =>
          toggleFilter({ ...current, q: current.q.replace(/\S+$/, '').trim() }, kind, tagId),
        );
      } else {
        update((current) => ({ ...current, q: s.value }), { replace: true });
      }
    },
    [update],
  );
  const onPresent = useCallback(() => update((s) => ({ ...s, open: null, slide: 0 })), [update]);
  const onPresentDeck = useCallback(
    () => update((s) => ({ ...s, open: null, slide: 0, deck: true })),
    [update],
  );
  const onOpenSaved = useCallback((query: string) => navigate(parseViewState(query).state), [navigate]);

  return (
    <>
      <div inert={presenting} className={presenting ? 'print:hidden' : undefined}>
        <AppShell
          search={
            <MemoSearchBox
              value={state.q}
              onChange={onSearchChange}
              suggestions={suggestions}
              onPick={onPickSuggestion}
              handOverLater={corpus.briefings.length >= HAND_OVER_ABOVE}
            />
          }
          actions={
            <>
              <button
                type="button"
                onClick={onPresent}
                className="rounded-md bg-accent px-3 py-1.5 text-sm font-semibold text-accent-fg"
              >
                Present
              </button>
              <MemoSavedViewsDialog
                currentView={currentView}
                onOpen={onOpenSaved}
                onPresentDeck={onPresentDeck}
              />
              <MemoImportDialog onImport={onImport} />
              <CorrectionsDialog corpus={corpus} kept={corrections.list} notice={corrections.notice} />
              {origin === 'imported' ? (
                <button
                  type="button"
                  onClick={() => void onReset()}
                  className="rounded-md border border-line bg-surface px-3 py-1.5 text-sm font-medium hover:bg-surface-2"
                >
                  Reset to the bundled corpus
                </button>
              ) : null}
            </>
          }
        >
          <DashboardBody
            corpus={corpus}
            origin={origin}
            notice={notice}
            state={deferredState}
            view={view}
            outcome={search.outcome}
            searching={search.pending}
            dropped={dropped}
            update={update}
          />
        </AppShell>
      </div>
      <Overlays
        corpus={corpus}
        original={active.corpus}
        kept={corrections.list}
        openId={deferredState.open}
        presented={presenting ? { state: deferredState, view } : null}
        update={update}
      />
    </>
  );
}

interface BodyProps {
  corpus: Corpus;
  origin: ActiveCorpus['origin'];
  notice: string | null;
  state: ViewState;
  view: DerivedView;
  outcome: SearchOutcome | null;
  searching: boolean;
  dropped: readonly string[];
  update: Update;
}

/** Everything below the header. Memoised: a keystroke re-renders it only once the deferred view catches up. */
const DashboardBody = memo(function DashboardBody({
  corpus,
  origin,
  notice,
  state,
  view,
  outcome,
  searching,
  dropped,
  update,
}: BodyProps) {
  const printing = usePrinting();
  const handlers = useMemo(() => makeViewHandlers(update), [update]);
  const { toggle } = handlers;
  const clearAll = useCallback(
    () => update((s) => clearFilters({ ...s, q: '', from: null, to: null })),
    [update],
  );
  // The view's words for an export are read from the address when the export is made, not drawn: so a keystroke
  // that changes the query but not a chart's numbers leaves the chart (and the export buttons) as they are.
  const exports = useMemo<ExportContext>(
    () => ({ words: () => wordsNow(corpus), corpusName: corpus.name }),
    [corpus],
  );
  const charts = buildChartPanels({ state, view, handlers, exports });
  const overview = OVERVIEW_CHARTS.flatMap((id) => charts.filter((c) => c.id === id));
  const moreCharts = charts.filter((c) => !OVERVIEW_CHARTS.includes(c.id));
  // On phones and narrow windows the filters are a drawer, opened from the status line.
  const [filtersOpen, setFiltersOpen] = useState(false);
  const ticked = FILTER_KINDS.reduce((sum, kind) => sum + state.filters[kind].length, 0);
  const dataExports = useMemo(() => {
    const exportedAt = () => new Date().toISOString();
    return (
      <DataExportButtons
        count={view.matched}
        fileName={(ext) => exportFileName(wordsNow(corpus), exportedAt(), ext)}
        makeCsv={() => briefingsToCsv(view.results)}
        makeJson={() =>
          briefingsToCorpusJson(corpus, view.results, {
            corpusName: corpus.name,
            filters: wordsNow(corpus),
            shown: view.matched,
            total: view.total,
            exportedAt: exportedAt(),
            link: window.location.href,
          })
        }
      />
    );
  }, [corpus, view.matched, view.results, view.total]);

  return (
    <div className="space-y-4">
      {notice ? (
        <p role="alert" className="rounded-lg border-2 border-warn-border bg-warn-bg p-3">
          {notice}
        </p>
      ) : null}
      {dropped.length > 0 && (
        <DroppedNotice items={dropped} onDismiss={() => update((s) => s, { replace: true })} />
      )}
      {printing ? <PrintPackOfView corpus={corpus} state={state} view={view} /> : null}

      {/* The status line stays in sight while the page scrolls: every tick shows its count. */}
      <div className="sticky top-0 z-20 -mx-3 border-b border-line bg-bg/95 px-3 py-2 backdrop-blur-sm sm:-mx-6 sm:px-6 print:static">
        {/* As tall with a filter chip as without, so ticking a filter moves nothing below it. */}
        <div className="flex min-h-10 flex-wrap items-center gap-x-4 gap-y-2">
          {corpus.briefings.length > 0 && (
            <button
              type="button"
              aria-expanded={filtersOpen}
              aria-controls="filters-drawer"
              onClick={() => setFiltersOpen((v) => !v)}
              className="rounded-md border border-line bg-surface px-3 py-1.5 text-sm font-semibold hover:bg-surface-2 lg:hidden print:hidden"
            >
              {filtersOpen ? 'Hide filters' : 'Filters'}
              {ticked > 0 ? ` (${ticked})` : ''}
            </button>
          )}
          <p role="status" className="text-lg font-semibold tabular-nums">
            {view.matched.toLocaleString('en')} of {view.total.toLocaleString('en')} briefings
          </p>
          {/* No dead ends: when no briefing has the whole query, the list shows those with most of it, and says so. */}
          <p aria-live="polite" className="text-sm font-medium empty:hidden">
            {outcome?.partial ? describePartial(outcome.partial, outcome.docs?.length ?? 0) : ''}
          </p>
          <p className="text-sm text-muted">
            Corpus: {corpus.name}
            {origin === 'imported' ? ' (imported, kept in this browser)' : ''}
            {searching ? ' · searching…' : ''}
          </p>
          <ActiveFilters
            filters={state.filters}
            labelOf={(kind, id) => labelOf(corpus, kind, id)}
            onRemove={toggle}
            onClearAll={clearAll}
          />
          {corpus.briefings.length > 0 && (
            <nav aria-label="On this page" className="ml-auto flex gap-3 text-sm print:hidden">
              <a href="#results" className="font-medium text-accent underline">
                Results
              </a>
              <a href="#charts" className="font-medium text-accent underline">
                More charts
              </a>
            </nav>
          )}
        </div>
      </div>

      {corpus.briefings.length === 0 ? (
        <CorpusEmpty name={corpus.name} />
      ) : (
        <div className="grid gap-6 lg:grid-cols-[17rem_minmax(0,1fr)] 2xl:grid-cols-[19rem_minmax(0,1fr)]">
          <div id="filters-drawer" className={`min-w-0 lg:block print:hidden ${filtersOpen ? '' : 'hidden'}`}>
            <ErrorBoundary what="the filters">
              <FacetPanel facets={view.facets} onToggle={toggle} />
            </ErrorBoundary>
          </div>

          <div className="min-w-0 space-y-6">
            {/* Briefings in sight: the results first, with the coverage overview beside them on wide screens
                (docs/decisions/015-first-screen.md). */}
            <div className="grid gap-6 xl:grid-cols-[minmax(0,1fr)_24rem] xl:items-start 2xl:grid-cols-[minmax(0,1fr)_30rem]">
              <div className="min-w-0">
                <OnScreenFirst className="print:hidden">
                  <ErrorBoundary what="the results">
                    <ResultsPanel
                      corpus={corpus}
                      state={state}
                      results={view.results}
                      outcome={outcome}
                      update={update}
                      onClearAll={clearAll}
                      actions={dataExports}
                    />
                  </ErrorBoundary>
                </OnScreenFirst>
              </div>
              <div className="min-w-0 space-y-4">
                {overview.map((c) => (
                  <OnScreenFirst key={c.id} className="min-w-0">
                    <ErrorBoundary what={`the chart “${c.title}”`}>{c.render(true)}</ErrorBoundary>
                  </OnScreenFirst>
                ))}
              </div>
            </div>

            <section id="charts" aria-labelledby="charts-heading" className="space-y-4">
              <h2 id="charts-heading" className="text-xl font-semibold">
                More charts
              </h2>
              <div className="grid gap-4 xl:grid-flow-row-dense xl:grid-cols-2 xl:items-start">
                {moreCharts.map((c) => (
                  <OnScreenFirst key={c.id} className={`min-w-0 ${c.layout ?? ''}`}>
                    <ErrorBoundary what={`the chart “${c.title}”`}>{c.render(true)}</ErrorBoundary>
                  </OnScreenFirst>
                ))}
              </div>
            </section>
          </div>
        </div>
      )}
    </div>
  );
});

/** The open briefing and the presentation, over the page. */
const Overlays = memo(function Overlays({
  corpus,
  original,
  kept,
  openId,
  presented,
  update,
}: {
  corpus: Corpus;
  /** The corpus before the corrections made in this browser: what they changed is marked against it. */
  original: Corpus;
  /** The corrections made in this browser. */
  kept: readonly Correction[];
  /** The briefing open over the page. */
  openId: string | null;
  /** The view being presented; null when not presenting (so typing does not redraw this). */
  presented: { state: ViewState; view: DerivedView } | null;
  update: Update;
}) {
  const open = openId ? findBriefing(corpus, openId) : undefined;
  const deck = useDeck(corpus, !!presented?.state.deck);
  const slides: Slide[] = !presented
    ? []
    : presented.state.deck && deck.length > 0
      ? deck.flatMap((d) => viewSlides(corpus, d.state, d.view, d.name, update, true))
      : viewSlides(corpus, presented.state, presented.view, null, update, false);
  return (
    <>
      {open && !presented && (
        <ErrorBoundary what="the briefing">
          <CorrectableBriefingDetail
            key={open.id}
            briefing={open}
            original={findBriefing(original, open.id)}
            corpus={corpus}
            kept={kept}
            onClose={() => update((s) => ({ ...s, open: null }))}
          />
        </ErrorBoundary>
      )}
      {presented && (
        <ErrorBoundary what="the presentation">
          <Presentation
            slides={slides}
            index={presented.state.slide ?? 0}
            onIndexChange={(slide) => update((s) => ({ ...s, slide }), { replace: true })}
            onExit={() => update((s) => ({ ...s, slide: null, deck: false }), { replace: true })}
          />
        </ErrorBoundary>
      )}
    </>
  );
});

/** The saved views marked for the deck, each with its own derived view, in the list's order. */
function useDeck(corpus: Corpus, active: boolean) {
  const { views } = useSavedViews();
  const chosen = active ? views.filter((v) => v.inDeck) : [];
  const states = chosen.map((v) => dropUnknownIds(corpus, parseViewState(v.query).state).state);
  const searched = useSearchMany(
    corpus,
    states.map((s) => s.q),
  );
  return chosen.map((v, i) => {
    const state = states[i]!;
    return { name: v.name, state, view: deriveView(corpus, state, searched[i] ?? null) };
  });
}
