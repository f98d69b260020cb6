import type { Corpus } from '@/core/corpus';
import { findRegionOfCountry, getRegionLabel } from '@/core/corpus';
import {
  CHARTS,
  describeView,
  formatMonth,
  formatN,
  notCoveredLine,
  summarizeView,
  timelineRuleInput,
  type ChartDatum,
  type ChartId,
  type DerivedView,
  type ViewState,
  topChartData,
} from '@/core/view';
import type { Slide } from '@/features/present/components/presentation';
import { BriefingSlide, TitleSlide } from '@/features/present/components/slides';
import {
  ChartSlide,
  SlideBars,
  SlideMatrix,
  SummarySlide,
  type SlideBar,
} from '@/features/present/components/chart-slides';
import { paginate, rowHeight, ROWS_BUDGET } from '@/features/present/utils/paginate';
import { StaticWorldMap } from '@/features/map/components/world-map';
import { buildChartPanels, makeViewHandlers, type Update } from './chart-panels';

/** Briefings that get a slide of their own, in rank order (fewer per view in a deck of several). */
const KEY_BRIEFINGS = 10;
const KEY_BRIEFINGS_PER_DECK_VIEW = 3;
/** A not-covered line longer than this counts the rows instead of naming them, so it stays one line on a slide. */
const ONE_LINE = 110;
/** The matrix's column headings (region names, wrapped in narrow columns) take this much of the rows' budget. */
const MATRIX_HEADER = 12;

const regionOf = (alpha3: string) => {
  const id = findRegionOfCountry(alpha3);
  return id ? { id, label: getRegionLabel(id) } : undefined;
};

/**
 * The slides of one view: a title slide, a summary in sentences, every chart (split over slides where long, rows
 * with no briefings left out and named in one line), then its key briefings. Not a hook (a deck calls it once per
 * saved view). Which charts there are comes from the page's own panel list, so the deck and the page agree.
 */
export function viewSlides(
  corpus: Corpus,
  state: ViewState,
  view: DerivedView,
  name: string | null,
  update: Update,
  inDeck: boolean,
): Slide[] {
  const words = describeView(corpus, state);
  const ids = buildChartPanels({ state, view, handlers: makeViewHandlers(update) }).map((c) => c.id);
  const prefix = name ? `${name}: ` : '';
  const n = view.matched;
  const said = `${view.matched.toLocaleString('en')} of ${view.total.toLocaleString('en')} briefings. Filters: ${words}.`;
  const note = (rule: string) => `${rule} Filters: ${words}.`;
  return [
    {
      title: `${prefix}Title`,
      notes: said,
      content: (
        <TitleSlide
          corpusName={corpus.name}
          viewName={name}
          filters={words}
          shown={view.matched}
          total={view.total}
          generatedAt={new Date()}
        />
      ),
    },
    {
      title: `${prefix}Summary`,
      notes: said,
      content: (
        <SummarySlide
          title={name ? `${name}: in short` : 'In short'}
          sentences={summarizeView(view, words)}
        />
      ),
    },
    ...ids.flatMap((id) =>
      chartSlides(id, view, state, note).map((s) => ({ ...s, title: `${prefix}${s.title}` })),
    ),
    ...view.results.slice(0, inDeck ? KEY_BRIEFINGS_PER_DECK_VIEW : KEY_BRIEFINGS).map((b, i, list) => ({
      title: `${prefix}${b.title}`,
      notes: `Briefing ${i + 1} of the ${list.length} first in rank order; ${formatN(n)} in the view. Filters: ${words}.`,
      content: <BriefingSlide briefing={b} position={i + 1} of={list.length} />,
    })),
  ];
}

/** Bars with no briefing are left out of a slide and named in one line. */
function barSlides(
  title: string,
  rows: readonly SlideBar[],
  lead: string,
  notes: string,
  what: string,
  empty: string,
): Slide[] {
  const shown = rows.filter((r) => r.count > 0);
  const notCovered = notCoveredLine(
    what,
    rows.filter((r) => r.count === 0).map((r) => r.label),
    rows.length,
    ONE_LINE,
  );
  if (shown.length === 0) {
    return [
      {
        title,
        notes,
        content: (
          <ChartSlide title={title} lead={lead} notCovered={empty}>
            {null}
          </ChartSlide>
        ),
      },
    ];
  }
  const max = Math.max(1, ...shown.map((r) => r.count));
  // Global goes last (after the dashed line); its row and the line take one row more.
  const ordered = [...shown.filter((r) => !r.global), ...shown.filter((r) => r.global)];
  const pages = paginate(ordered, (r) => rowHeight(r.label) + (r.global ? 2 : 0));
  return pages.map((page, i) => ({
    title: pages.length > 1 ? `${title} (${i + 1} of ${pages.length})` : title,
    notes,
    content: (
      <ChartSlide title={title} page={{ at: i + 1, of: pages.length }} lead={lead} notCovered={notCovered}>
        <SlideBars rows={page} max={max} />
      </ChartSlide>
    ),
  }));
}

const colored = (data: readonly ChartDatum[], color: string, globalColor = color): SlideBar[] =>
  data.map((d) => ({ ...d, color: d.global ? globalColor : color }));

function chartSlides(
  id: ChartId,
  view: DerivedView,
  state: ViewState,
  note: (rule: string) => string,
): Slide[] {
  const n = view.matched;
  const lead = `${formatN(n)}. Bars count briefings; one briefing can count in several bars.`;
  switch (id) {
    case 'themes': {
      const chart = CHARTS.themes;
      return barSlides(
        chart.title,
        colored(view.byTheme, chart.color),
        lead,
        note(chart.rule({ n })),
        'themes',
        'No theme is covered.',
      );
    }
    case 'regions': {
      const chart = CHARTS.regions;
      return barSlides(
        chart.title,
        colored(view.byRegion, chart.color, chart.globalColor),
        `${formatN(n)}. Global (worldwide, or no place named) is set apart.`,
        note(chart.rule({ n })),
        'WCO regions',
        'No region is covered.',
      );
    }
    case 'programmes':
    case 'organizations':
    case 'funders': {
      const chart = CHARTS[id];
      const data = topChartData(view, id);
      const input = { n, shown: data.length };
      return barSlides(
        chart.title,
        colored(data, chart.color),
        `${formatN(n)}; the ${chart.what.many} most named.`,
        note(chart.rule(input)),
        chart.what.many,
        `No ${chart.what.one} is named in these briefings.`,
      );
    }
    case 'timeline': {
      const chart = CHARTS.timeline;
      const input = timelineRuleInput(view.timeline, !!(state.from || state.to));
      const rows: SlideBar[] = [
        ...view.timeline.months.map((m) => ({
          id: m.month,
          label: formatMonth(m.month),
          count: m.count,
          corpusCount: m.count,
          filterable: false,
          color: chart.color,
        })),
        {
          id: 'undated',
          label: 'No date',
          count: view.timeline.undated,
          corpusCount: view.timeline.undated,
          filterable: false,
          color: 'var(--chart-neutral)',
          global: true,
        },
      ];
      return barSlides(
        chart.title,
        rows,
        `${input.dated} dated briefings by month; undated apart.`,
        note(chart.rule(input)),
        'months',
        'No briefing is dated.',
      );
    }
    case 'map': {
      const chart = CHARTS.map;
      const regions = view.byRegion.map((r) => ({ ...r, selected: false }));
      const countries = view.facets.countries.map((c) => ({ ...c, selected: false }));
      return [
        {
          title: chart.title,
          notes: note(chart.rule({ n, mode: state.map })),
          content: (
            <ChartSlide
              title={chart.title}
              lead={
                state.map === 'country' && !view.facets.countries.some((c) => c.count > 0)
                  ? `${formatN(n)}, by country: no country is named in these briefings.`
                  : `${formatN(n)}, by ${state.map === 'region' ? 'WCO region' : 'country'}.`
              }
            >
              <StaticWorldMap countries={countries} regions={regions} regionOf={regionOf} mode={state.map} />
            </ChartSlide>
          ),
        },
      ];
    }
    case 'matrix': {
      const chart = CHARTS.matrix;
      const { matrix } = view;
      const rowsOf = (data: readonly ChartDatum[]) => data.flatMap((d, i) => (d.count > 0 ? [i] : []));
      const themes = rowsOf(matrix.themes);
      const regions = rowsOf(matrix.regions);
      const themeGaps = matrix.themes.filter((t) => t.count === 0).map((t) => t.label);
      const regionGaps = matrix.regions.filter((r) => r.count === 0).map((r) => r.label);
      const notCovered =
        themeGaps.length + regionGaps.length === 0
          ? null
          : `Not covered (0 briefings): ${[
              themeGaps.length > 0 ? `${themeGaps.length} of ${matrix.themes.length} themes` : '',
              regionGaps.length > 0
                ? `${regionGaps.length} of ${matrix.regions.length} regions (${regionGaps.join(', ')})`
                : '',
            ]
              .filter(Boolean)
              .join('; ')}. Their rows and columns are left out.`;
      const lead = `${formatN(n)}. Each cell: briefings with that theme in that region. Hatched: none.`;
      const pages = paginate(
        themes,
        (t) => rowHeight(matrix.themes[t]!.label, 4.5) + 0.8,
        ROWS_BUDGET - MATRIX_HEADER,
      );
      if (pages.length === 0) {
        return [
          {
            title: chart.title,
            notes: note(chart.rule({ n })),
            content: (
              <ChartSlide title={chart.title} lead={lead} notCovered="No briefing: nothing is covered.">
                {null}
              </ChartSlide>
            ),
          },
        ];
      }
      return pages.map((page, i) => ({
        title: pages.length > 1 ? `${chart.title} (${i + 1} of ${pages.length})` : chart.title,
        notes: note(chart.rule({ n })),
        content: (
          <ChartSlide
            title={chart.title}
            page={{ at: i + 1, of: pages.length }}
            lead={lead}
            notCovered={notCovered}
          >
            <SlideMatrix matrix={matrix} themes={page} regions={regions} />
          </ChartSlide>
        ),
      }));
    }
  }
}
