/**
 * The charts of the view, each defined once: the title it is known by (its figure's name on the page, its slide,
 * its export buttons, file name and caption), its counting rule in words, and its colour token. The page, the
 * slides, the SVG/PNG captions and the printed pack (which prints the page's own figures) all read this table, so
 * no two of them can word a chart differently.
 *
 * A rule is what the numbers mean, said the same wherever they are shown; a note is what only the interactive chart
 * on screen needs said (how it is drawn, how to use it), so exports leave it out.
 */
import { KIND_COLOR, lightKindTokens } from './kind-colors';
import type { Timeline } from './timeline';
import type { ViewState } from './view-state';

/** "1 briefing", "2 briefings". */
export const formatBriefings = (n: number): string => `${n} ${n === 1 ? 'briefing' : 'briefings'}`;

/**
 * The N every chart states: the briefings it counts.
 * @example formatN(1) // → 'N = 1 briefing'
 */
export const formatN = (n: number): string => `N = ${formatBriefings(n)}`;

export interface ChartDefinition<Id extends string, Input> {
  id: Id;
  /** The chart's name: its heading (and so its figure's accessible name), slide, export buttons and caption. */
  title: string;
  /** The counting rule in words, N first: the same sentence on the page, on a slide and in an export's caption. */
  rule: (input: Input) => string;
  /** Said only under the chart on screen, after the rule: how the interactive chart is drawn or used. */
  note?: (input: Input) => string;
}

/** A chart drawn in one colour, with a table of one row per bar. */
export interface BarChartDefinition<Id extends string, Input> extends ChartDefinition<Id, Input> {
  /**
   * Its bars' colour: a custom property of src/index.css (light, dark and projector values) — its tag kind's colour
   * (kind-colors.ts), or the neutral one for bars of no kind (the timeline's months, Global).
   */
  color: string;
  /** What one bar is, for the first column of its table. */
  category: string;
}

/** A chart of the most named values of one kind. */
export interface TopChartDefinition<Id extends string> extends BarChartDefinition<
  Id,
  { n: number; shown: number }
> {
  /** The kind's noun. */
  what: { one: string; many: string };
}

/** The input of a rule that needs N only. */
export interface CountInput {
  /** N: the briefings matching the view. */
  n: number;
}

export interface MapInput extends CountInput {
  mode: ViewState['map'];
}

export interface TimelineInput {
  /** Dated briefings counted in the bars (the date range left out). */
  dated: number;
  /** Briefings with no date, counted apart. */
  undated: number;
  /** Whether a date range is set. */
  ranged: boolean;
}

export interface ChartDefinitions {
  themes: BarChartDefinition<'themes', CountInput>;
  regions: BarChartDefinition<'regions', CountInput> & {
    /** Colour of the Global bar (no geography), drawn apart. */
    globalColor: string;
  };
  map: ChartDefinition<'map', MapInput>;
  matrix: ChartDefinition<'matrix', CountInput>;
  programmes: TopChartDefinition<'programmes'>;
  organizations: TopChartDefinition<'organizations'>;
  funders: TopChartDefinition<'funders'>;
  timeline: BarChartDefinition<'timeline', TimelineInput>;
}

export type ChartId = keyof ChartDefinitions;

const topRule =
  (what: { one: string; many: string }) =>
  ({ n, shown }: { n: number; shown: number }) => {
    const which =
      shown > 1
        ? `the ${shown} most named ${what.many}`
        : shown === 1
          ? `the one ${what.one} named`
          : `no ${what.one} is named`;
    return `${formatN(n)}; ${which}. A briefing naming two counts once for each.`;
  };

const PROGRAMME = { one: 'programme', many: 'programmes' };
const ORGANISATION = { one: 'organisation', many: 'organisations' };
const FUNDER = { one: 'funder', many: 'funders' };

/** Every chart of the view, by id. */
export const CHARTS: ChartDefinitions = {
  themes: {
    id: 'themes',
    title: 'Briefings by theme',
    color: KIND_COLOR.themes,
    category: 'Theme',
    rule: ({ n }) =>
      `${formatN(n)}. A briefing with two themes counts once in each, so bars can add up to more than N.`,
    note: () =>
      'Themes with no briefing in the corpus are named under the bars; with filters, each bar is read against the corpus ("4 of 9").',
  },
  regions: {
    id: 'regions',
    title: 'Briefings by WCO region',
    color: KIND_COLOR.regions,
    globalColor: 'var(--chart-neutral)',
    category: 'Region',
    rule: ({ n }) =>
      `${formatN(n)}. A briefing counts once in each region where it happened or that took part (funders, experts' home countries, routes and languages do not count). Global: worldwide in scope (counted there only), or no place named.`,
    note: () => 'It is shown apart.',
  },
  map: {
    id: 'map',
    title: 'Map of briefings',
    rule: ({ n, mode }) =>
      mode === 'region'
        ? `${formatN(n)}, by WCO region. A briefing counts once in each of its regions; Global (worldwide, or no place named) is not on the map.`
        : `${formatN(n)}, by country. A briefing counts once in each country it names; a country's count leaves the country filter out.`,
    note: ({ mode }) =>
      mode === 'region'
        ? 'Regions selected are outlined.'
        : 'Countries selected are outlined, and any country can be added.',
  },
  matrix: {
    id: 'matrix',
    title: 'Theme × region coverage',
    rule: ({ n }) =>
      `${formatN(n)}. Each cell counts the briefings with that theme and that region; a briefing with two themes or regions counts in each cell.`,
    note: () => 'Hatched 0 cells are coverage gaps.',
  },
  programmes: {
    id: 'programmes',
    title: 'Top programmes',
    color: KIND_COLOR.programmes,
    category: 'Programme',
    what: PROGRAMME,
    rule: topRule(PROGRAMME),
  },
  organizations: {
    id: 'organizations',
    title: 'Top organisations',
    color: KIND_COLOR.organizations,
    category: 'Organisation',
    what: ORGANISATION,
    rule: (input) => `${topRule(ORGANISATION)(input)} The WCO, which publishes every briefing, is left out.`,
  },
  funders: {
    id: 'funders',
    title: 'Supported by',
    color: KIND_COLOR.funders,
    category: 'Funder',
    what: FUNDER,
    rule: (input) =>
      `${topRule(FUNDER)(input)} A funder is a country (its government, agency or Customs Cooperation Fund) or an organisation named as funding, financing or sponsoring.`,
  },
  timeline: {
    id: 'timeline',
    title: 'Briefings per month',
    color: 'var(--chart-neutral)',
    category: 'Month',
    rule: ({ dated, undated, ranged }) => {
      const one = undated === 1;
      return (
        `${dated} dated ${dated === 1 ? 'briefing' : 'briefings'} by month of publication; ` +
        `${formatBriefings(undated)} ${one ? 'has' : 'have'} no date and ${one ? 'is' : 'are'} counted apart` +
        (ranged
          ? ', outside any date range. The bars leave the date range out, so the months around it still show.'
          : '.')
      );
    },
    note: () => 'Drag the handles below the bars, or pick the months, to narrow the view.',
  },
};

/** The charts in page and slide order (the timeline last, and only when there are dates). */
export const CHART_IDS: readonly ChartId[] = [
  'themes',
  'regions',
  'map',
  'matrix',
  'programmes',
  'organizations',
  'funders',
  'timeline',
];

/** The words under a chart's title on screen: its rule, then its note. */
export function chartDescription<Id extends string, Input>(
  chart: ChartDefinition<Id, Input>,
  input: Input,
): string {
  const note = chart.note?.(input);
  return note ? `${chart.rule(input)} ${note}` : chart.rule(input);
}

/** The timeline rule's input from the timeline drawn. */
export function timelineRuleInput(timeline: Timeline, ranged: boolean): TimelineInput {
  return { dated: timeline.months.reduce((sum, m) => sum + m.count, 0), undated: timeline.undated, ranged };
}

/**
 * The light theme's values of the colour tokens charts are drawn with (`:root` in src/index.css; a unit test keeps
 * the two equal). Exports and the printed pack are documents: they use these fixed values, the page's own colours
 * in its default theme, whatever theme the viewer has on.
 */
const LIGHT_COLORS: Readonly<Record<string, string>> = {
  '--bg': '#ffffff',
  '--surface-2': '#e8ecf1',
  '--fg': '#0f172a',
  '--muted': '#475569',
  '--border': '#94a3b8',
  '--chart-neutral': '#6b7280',
  // The kinds' colours and the map's ramps (derived from them), from their own table.
  ...lightKindTokens(),
};

/** The tokens above, for the test that holds them to the stylesheet. */
export const LIGHT_COLOR_TOKENS = Object.keys(LIGHT_COLORS);

/**
 * A colour as a fixed hex value: `var(--token)` becomes the light theme's value; a hex colour is kept.
 * @example fixedColor('var(--kind-regions)') // → '#8a2e00'
 */
export function fixedColor(color: string): string {
  const token = /^var\((--[\w-]+)\)$/.exec(color.trim())?.[1];
  if (!token) return color;
  const value = LIGHT_COLORS[token];
  if (!value) throw new Error(`No fixed value for the colour ${color}: add it to LIGHT_COLORS.`);
  return value;
}

/**
 * Steps of the coverage matrix's ramp (0: no briefing, hatched); every pair passes WCAG AA. A cell counts briefings
 * of a theme and a region at once, so its ramp is a neutral slate, neither kind's hue (decision 020).
 */
export const MATRIX_STEPS: readonly { background: string; color: string }[] = [
  { background: 'transparent', color: 'var(--muted)' },
  { background: '#e2e8f0', color: '#0f172a' },
  { background: '#b8c4d3', color: '#0f172a' },
  { background: '#64748b', color: '#ffffff' },
  { background: '#475569', color: '#ffffff' },
  { background: '#1e293b', color: '#ffffff' },
];

/**
 * The ramp step of a matrix cell: 0 for none, else 1–5 by its share of the largest cell.
 * @example matrixStep(3, 6) // → 3
 */
export function matrixStep(count: number, max: number): number {
  const steps = MATRIX_STEPS.length - 1;
  return count <= 0 ? 0 : Math.min(steps, Math.max(1, Math.ceil((count / Math.max(1, max)) * steps)));
}

/**
 * The labels of the rows with no briefing, as one line ("Not covered: …"), or null when every row has one. Slides
 * and the printed pack leave those rows out and say so with this line; past `maxLength` characters it counts them
 * instead of naming them, so it stays one line.
 * @example notCoveredLine('themes', ['Revenue', 'Integrity'], 24) // → 'Not covered (0 briefings): 2 of 24 themes — Revenue, Integrity.'
 */
export function notCoveredLine(
  what: string,
  labels: readonly string[],
  of: number,
  maxLength = Infinity,
): string | null {
  if (labels.length === 0) return null;
  const counted = `Not covered (0 briefings): ${labels.length} of ${of} ${what}`;
  const named = `${counted} — ${labels.join(', ')}.`;
  return named.length <= maxLength ? named : `${counted}.`;
}
