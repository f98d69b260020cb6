import { useQuery } from '@tanstack/react-query';
import type { Corpus } from '@/core/corpus';
import { findRegionOfCountry, getRegionLabel } from '@/core/corpus';
import {
  barChartSvg,
  CHARTS,
  describeView,
  figureSvg,
  formatMonth,
  matrixSvg,
  notCoveredLine,
  summarizeView,
  timelineRuleInput,
  type ChartDatum,
  type DerivedView,
  type ExportCaption,
  type ViewState,
  topChartData,
} from '@/core/view';
import { PrintPack, type PrintedChart } from '@/features/export/components/print-pack';
import { worldQueryOptions } from '@/features/map/api/get-world';
import { drawMapMarkup } from '@/features/map/components/world-map';
import { buildChartPanels, makeViewHandlers } from './chart-panels';

const regionOf = (alpha3: string) => {
  const id = findRegionOfCountry(alpha3);
  return id ? { id, label: getRegionLabel(id) } : undefined;
};

/** Past this many characters, the line under a chart counts the rows left out instead of naming them. */
const ONE_LINE = 160;

/** Rows with no briefing are left out of a printed chart and named in one line under it, as on a slide. */
function covered(data: readonly ChartDatum[], what: string) {
  return {
    rows: data.filter((d) => d.count > 0),
    notCovered: notCoveredLine(
      what,
      data.filter((d) => d.count === 0).map((d) => d.label),
      data.length,
      ONE_LINE,
    ),
  };
}

/**
 * The printed pack of the view: the page's charts (the same panel list, so the same charts) drawn by the same
 * export functions as their SVG buttons, compact (empty rows named, not drawn), with the view's words and summary.
 */
export function PrintPackOfView({
  corpus,
  state,
  view,
}: {
  corpus: Corpus;
  state: ViewState;
  view: DerivedView;
}) {
  const world = useQuery(worldQueryOptions());
  const words = describeView(corpus, state);
  const printedAt = new Date();
  const n = view.matched;
  const caption = (title: string, rule: string): ExportCaption => ({
    title,
    rule,
    filters: words,
    corpusName: corpus.name,
    exportedAt: printedAt.toISOString(),
    bare: true,
  });
  const bars = (
    title: string,
    rule: string,
    data: readonly ChartDatum[],
    what: string,
    color: string,
    globalColor = color,
  ) => {
    const { rows, notCovered } = covered(data, what);
    return barChartSvg(
      rows.map((d) => ({
        label: d.label,
        count: d.count,
        color: d.global ? globalColor : color,
        global: !!d.global,
      })),
      caption(title, rule),
      { notCovered },
    );
  };
  const ids = buildChartPanels({ state, view, handlers: makeViewHandlers(() => undefined) }).map((c) => c.id);
  const charts: PrintedChart[] = ids.flatMap((id): PrintedChart[] => {
    switch (id) {
      case 'themes':
        return [
          {
            title: CHARTS.themes.title,
            svg: bars(
              CHARTS.themes.title,
              CHARTS.themes.rule({ n }),
              view.byTheme,
              'themes',
              CHARTS.themes.color,
            ),
          },
        ];
      case 'regions': {
        const c = CHARTS.regions;
        return [
          {
            title: c.title,
            svg: bars(c.title, c.rule({ n }), view.byRegion, 'WCO regions', c.color, c.globalColor),
          },
        ];
      }
      case 'programmes':
      case 'organizations':
      case 'funders': {
        const c = CHARTS[id];
        const data = topChartData(view, id);
        return [
          {
            title: c.title,
            svg: bars(c.title, c.rule({ n, shown: data.length }), data, c.what.many, c.color),
          },
        ];
      }
      case 'timeline': {
        const c = CHARTS.timeline;
        const input = timelineRuleInput(view.timeline, !!(state.from || state.to));
        const months = view.timeline.months.map((m) => ({
          id: m.month,
          label: formatMonth(m.month),
          count: m.count,
          corpusCount: m.count,
          filterable: true,
        }));
        return [{ title: c.title, svg: bars(c.title, c.rule(input), months, 'months', c.color) }];
      }
      case 'map': {
        const c = CHARTS.map;
        if (!world.data) return [];
        const drawing = drawMapMarkup({
          world: world.data,
          countries: view.facets.countries,
          regions: view.byRegion.map((r) => ({ ...r, selected: false })),
          regionOf,
          mode: state.map,
        });
        return [
          {
            title: c.title,
            wide: true,
            svg: figureSvg(drawing.inner, drawing, caption(c.title, c.rule({ n, mode: state.map })), drawing),
          },
        ];
      }
      case 'matrix': {
        const c = CHARTS.matrix;
        const { matrix } = view;
        const themes = matrix.themes.flatMap((t, i) => (t.count > 0 ? [i] : []));
        const regions = matrix.regions.flatMap((r, i) => (r.count > 0 ? [i] : []));
        const notCovered = [
          covered(matrix.themes, 'themes').notCovered,
          covered(matrix.regions, 'regions').notCovered,
        ].filter((s): s is string => s !== null);
        return [
          {
            title: c.title,
            svg: matrixSvg(
              {
                rows: themes.map((i) => matrix.themes[i]!.label),
                columns: regions.map((i) => ({
                  label: matrix.regions[i]!.label,
                  global: !!matrix.regions[i]!.global,
                })),
                cells: themes.map((t) => regions.map((r) => matrix.cells[t]?.[r] ?? 0)),
              },
              caption(c.title, c.rule({ n })),
              { notCovered },
            ),
          },
        ];
      }
    }
  });
  return (
    <PrintPack
      corpusName={corpus.name}
      filters={words}
      shown={view.matched}
      total={view.total}
      summary={summarizeView(view, words)}
      charts={charts}
      briefings={view.results}
      printedAt={printedAt}
    />
  );
}
