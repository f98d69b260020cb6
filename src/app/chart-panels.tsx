import { memo, Suspense, useMemo } from 'react';
import type {
  ChartDatum,
  ChartId,
  CoverageMatrix,
  DerivedView,
  FacetValue,
  ExportCaption,
  Timeline,
  ViewState,
} from '@/core/view';
import {
  barChartSvg,
  CHART_IDS,
  CHARTS,
  chartDescription,
  figureSvg,
  matrixSvg,
  coveredMatrix,
  exportFileName,
  formatMonth,
  setFilters,
  timelineRuleInput,
  toggleFilter,
} from '@/core/view';
import { FILTER_KINDS, findRegionOfCountry, getRegionLabel, type FilterKind } from '@/core/corpus';
import type { NavigateOptions } from '@/lib/use-view-state';
import { CoverageHeatMap } from '@/features/charts/components/coverage-heat-map';
import { RegionBarChart } from '@/features/charts/components/region-bar-chart';
import { ThemeBarChart } from '@/features/charts/components/theme-bar-chart';
import { TopBarChart } from '@/features/charts/components/top-bar-chart';
import { LazyTimelineChart } from '@/features/charts/components/lazy-timeline-chart';
import { WorldMap, type MapMode } from '@/features/map/components/world-map';
import { ChartExportButtons } from '@/features/export/components/chart-export-buttons';

export type Update = (change: (current: ViewState) => ViewState, options?: NavigateOptions) => void;

/**
 * The page's event handlers, made once per `update` (which is stable), so the memoised panels below keep the same
 * props between renders and skip redrawing when their numbers did not change.
 */
export interface ViewHandlers {
  toggle: (kind: FilterKind, id: string) => void;
  toggleOf: Record<FilterKind, (id: string) => void>;
  setMapMode: (map: MapMode) => void;
  setRange: (from: string | null, to: string | null) => void;
  selectCell: (theme: string, region: string) => void;
}

export function makeViewHandlers(update: Update): ViewHandlers {
  const toggle = (kind: FilterKind, id: string) => update((s) => toggleFilter(s, kind, id));
  const of = (kind: FilterKind) => (id: string) => toggle(kind, id);
  return {
    toggle,
    toggleOf: Object.fromEntries(FILTER_KINDS.map((kind) => [kind, of(kind)])) as Record<
      FilterKind,
      (id: string) => void
    >,
    setMapMode: (map) => update((s) => ({ ...s, map })),
    setRange: (from, to) => update((s) => ({ ...s, from, to })),
    selectCell: (theme, region) => update((s) => setFilters(s, { themes: [theme], regions: [region] })),
  };
}

/** What the export buttons write beside a chart (null: no export buttons, as on slides). */
export interface ExportContext {
  /**
   * The view in words, read when an export is made: a function, so that typing a query (which changes the words)
   * does not redraw a chart whose numbers stayed the same.
   */
  words: () => string;
  corpusName: string;
}

/** An export's caption: the chart's title and counting rule from the chart table, with the view's provenance. */
const captionOf = (exports: ExportContext, title: string, rule: string): ExportCaption => ({
  title,
  rule,
  filters: exports.words(),
  corpusName: exports.corpusName,
  exportedAt: new Date().toISOString(),
});

function Exports({
  exports,
  title,
  makeSvg,
}: {
  exports: ExportContext;
  title: string;
  makeSvg: () => string;
}) {
  return (
    <ChartExportButtons
      title={title}
      fileName={(ext) => exportFileName(`${title} ${exports.words()}`, new Date().toISOString(), ext)}
      makeSvg={makeSvg}
    />
  );
}

/** The SVG/PNG exports of a bar chart: its bars as drawn, with the caption. Nothing when exports are off (slides). */
function barExports(
  exports: ExportContext | null,
  title: string,
  rule: string,
  data: readonly ChartDatum[],
  color: string,
  globalColor = color,
) {
  if (!exports) return null;
  const makeSvg = () =>
    barChartSvg(
      data.map(({ label, count, global }) => ({
        label,
        count,
        color: global ? globalColor : color,
        global: !!global,
      })),
      captionOf(exports, title, rule),
    );
  return <Exports exports={exports} title={title} makeSvg={makeSvg} />;
}

const regionOf = (alpha3: string) => {
  const id = findRegionOfCountry(alpha3);
  return id ? { id, label: getRegionLabel(id) } : undefined;
};

interface BarPanelProps {
  data: readonly ChartDatum[];
  n: number;
  selected: readonly string[];
  onSelect: (id: string) => void;
  exports: ExportContext | null;
}

const ThemePanel = memo(function ThemePanel({ data, n, selected, onSelect, exports }: BarPanelProps) {
  const chart = CHARTS.themes;
  return (
    <ThemeBarChart
      data={data}
      total={n}
      selected={selected}
      onSelect={onSelect}
      actions={barExports(exports, chart.title, chart.rule({ n }), data, chart.color)}
    />
  );
});

const RegionPanel = memo(function RegionPanel({ data, n, selected, onSelect, exports }: BarPanelProps) {
  const chart = CHARTS.regions;
  return (
    <RegionBarChart
      data={data}
      total={n}
      selected={selected}
      onSelect={onSelect}
      actions={barExports(exports, chart.title, chart.rule({ n }), data, chart.color, chart.globalColor)}
    />
  );
});

const TopPanel = memo(function TopPanel({
  chart: id,
  data,
  n,
  selected,
  onSelect,
  exports,
}: BarPanelProps & { chart: 'programmes' | 'organizations' | 'funders' }) {
  const chart = CHARTS[id];
  return (
    <TopBarChart
      chart={id}
      data={data}
      total={n}
      selected={selected}
      onSelect={onSelect}
      actions={barExports(exports, chart.title, chart.rule({ n, shown: data.length }), data, chart.color)}
    />
  );
});

const MapPanel = memo(function MapPanel({
  countries,
  byRegion,
  selectedRegions,
  mode,
  n,
  handlers,
  exports,
}: {
  countries: readonly FacetValue[];
  byRegion: readonly ChartDatum[];
  selectedRegions: readonly string[];
  mode: MapMode;
  n: number;
  handlers: ViewHandlers;
  exports: ExportContext | null;
}) {
  const regions = useMemo(
    () => byRegion.map((r) => ({ ...r, selected: selectedRegions.includes(r.id) })),
    [byRegion, selectedRegions],
  );
  const chart = CHARTS.map;
  return (
    <WorldMap
      countries={countries}
      regions={regions}
      regionOf={regionOf}
      mode={mode}
      onModeChange={handlers.setMapMode}
      onToggleCountry={handlers.toggleOf.countries}
      onToggleRegion={handlers.toggleOf.regions}
      total={n}
      renderActions={(makeDrawing) =>
        exports && (
          <Exports
            exports={exports}
            title={chart.title}
            makeSvg={() => {
              const drawing = makeDrawing();
              return drawing
                ? figureSvg(
                    drawing.inner,
                    drawing,
                    captionOf(exports, chart.title, chart.rule({ n, mode })),
                    {
                      legend: drawing.legend,
                      notes: drawing.notes,
                    },
                  )
                : barChartSvg([], captionOf(exports, chart.title, 'The map could not be drawn.'));
            }}
          />
        )
      }
    />
  );
});

const CoveragePanel = memo(function CoveragePanel({
  matrix,
  n,
  selectedThemes,
  selectedRegions,
  onSelectCell,
  exports,
}: {
  matrix: CoverageMatrix;
  n: number;
  selectedThemes: readonly string[];
  selectedRegions: readonly string[];
  onSelectCell: (theme: string, region: string) => void;
  exports: ExportContext | null;
}) {
  const chart = CHARTS.matrix;
  return (
    <CoverageHeatMap
      matrix={matrix}
      total={n}
      selectedThemes={selectedThemes}
      selectedRegions={selectedRegions}
      onSelectCell={onSelectCell}
      actions={
        exports && (
          <Exports
            exports={exports}
            title={chart.title}
            makeSvg={() => {
              // The export draws what the page draws: the themes and regions the corpus has briefings on.
              const shown = coveredMatrix(matrix);
              return matrixSvg(
                {
                  rows: shown.themes.map((t) => t.label),
                  columns: shown.regions.map((r) => ({ label: r.label, global: !!r.global })),
                  cells: shown.cells,
                },
                captionOf(exports, chart.title, chart.rule({ n })),
              );
            }}
          />
        )
      }
    />
  );
});

const TimelinePanel = memo(function TimelinePanel({
  timeline,
  from,
  to,
  onRangeChange,
  exports,
}: {
  timeline: Timeline;
  from: string | null;
  to: string | null;
  onRangeChange: (from: string | null, to: string | null) => void;
  exports: ExportContext | null;
}) {
  const chart = CHARTS.timeline;
  const input = timelineRuleInput(timeline, !!(from || to));
  return (
    <Suspense fallback={<div className="h-[340px] rounded-lg border border-line" aria-busy="true" />}>
      <LazyTimelineChart
        chart={chart}
        description={chartDescription(chart, input)}
        monthLabel={formatMonth}
        timeline={timeline}
        from={from}
        to={to}
        onRangeChange={onRangeChange}
        actions={
          exports && (
            <Exports
              exports={exports}
              title={chart.title}
              makeSvg={() =>
                barChartSvg(
                  [
                    ...timeline.months.map((m) => ({
                      label: formatMonth(m.month),
                      count: m.count,
                      color: chart.color,
                    })),
                    { label: 'No date', count: timeline.undated, color: chart.color },
                  ],
                  captionOf(exports, chart.title, chart.rule(input)),
                )
              }
            />
          )
        }
      />
    </Suspense>
  );
});

export interface ChartPanel {
  id: ChartId;
  /** The chart's title, from the chart table: the slide's name. */
  title: string;
  /** Grid placement on wide screens. */
  layout?: string;
  /** Renders the chart; `withExports` adds the SVG/PNG buttons (not on slides). */
  render: (withExports: boolean) => React.ReactNode;
}

/** Grid placement on wide screens, by chart. */
const LAYOUT: Partial<Record<ChartId, string>> = {
  matrix: 'xl:col-span-2',
  timeline: 'xl:col-span-2',
};

/**
 * The charts of the view, in page and slide order (`CHART_IDS`), each with its exports. One list, so the page, the
 * slides and the exports cannot disagree about which charts there are; their titles and counting rules come from
 * one table (`CHARTS`), so they cannot disagree about what the charts count.
 */
export function buildChartPanels({
  state,
  view,
  handlers,
  exports = null,
}: {
  state: ViewState;
  view: DerivedView;
  handlers: ViewHandlers;
  /** What the export buttons write (memoised by the page); null where there are none (slides). */
  exports?: ExportContext | null;
}): ChartPanel[] {
  const n = view.matched;
  const { filters } = state;
  const x = (withExports: boolean) => (withExports ? exports : null);
  const renderers: Record<ChartId, ChartPanel['render'] | null> = {
    themes: (e) => (
      <ThemePanel
        data={view.byTheme}
        n={n}
        selected={filters.themes}
        onSelect={handlers.toggleOf.themes}
        exports={x(e)}
      />
    ),
    regions: (e) => (
      <RegionPanel
        data={view.byRegion}
        n={n}
        selected={filters.regions}
        onSelect={handlers.toggleOf.regions}
        exports={x(e)}
      />
    ),
    map: (e) => (
      <MapPanel
        countries={view.facets.countries}
        byRegion={view.byRegion}
        selectedRegions={filters.regions}
        mode={state.map}
        n={n}
        handlers={handlers}
        exports={x(e)}
      />
    ),
    matrix: (e) => (
      <CoveragePanel
        matrix={view.matrix}
        n={n}
        selectedThemes={filters.themes}
        selectedRegions={filters.regions}
        onSelectCell={handlers.selectCell}
        exports={x(e)}
      />
    ),
    programmes: (e) => (
      <TopPanel
        chart="programmes"
        data={view.topProgrammes}
        n={n}
        selected={filters.programmes}
        onSelect={handlers.toggleOf.programmes}
        exports={x(e)}
      />
    ),
    organizations: (e) => (
      <TopPanel
        chart="organizations"
        data={view.topOrganizations}
        n={n}
        selected={filters.organizations}
        onSelect={handlers.toggleOf.organizations}
        exports={x(e)}
      />
    ),
    // Only when the corpus names funders at all (the seed does not).
    funders:
      view.facets.funders.length > 0
        ? (e) => (
            <TopPanel
              chart="funders"
              data={view.topFunders}
              n={n}
              selected={filters.funders}
              onSelect={handlers.toggleOf.funders}
              exports={x(e)}
            />
          )
        : null,
    // Only when there are dates to draw (or a range to undo).
    timeline:
      view.timeline.months.length > 0 || state.from || state.to
        ? (e) => (
            <TimelinePanel
              timeline={view.timeline}
              from={state.from}
              to={state.to}
              onRangeChange={handlers.setRange}
              exports={x(e)}
            />
          )
        : null,
  };
  return CHART_IDS.flatMap((id) => {
    const render = renderers[id];
    return render ? [{ id, title: CHARTS[id].title, layout: LAYOUT[id], render }] : [];
  });
}
