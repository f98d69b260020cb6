/**
 * Chart exports drawn from the same aggregates and the same chart definitions the screen shows (colours, the
 * matrix's ramp and hatching, Global set apart, the map's legend), as standalone SVG documents with the provenance
 * caption baked in (title, counting rule, active filters, N, corpus, date), so a picture pasted into a report looks
 * like the page and still says where its numbers come from. Labels wrap; nothing is cut. Pure string building:
 * every text goes through `escapeXml`.
 */
import { fixedColor, MATRIX_STEPS, matrixStep } from './chart-definitions';

export interface ExportCaption {
  title: string;
  /** Counting rule and N, in words. */
  rule: string;
  /** Active query and filters in words. */
  filters: string;
  corpusName: string;
  /** When the export was made (ISO). */
  exportedAt: string;
  /**
   * Leave out the provenance lines under the chart: for the printed pack, whose running header and footer carry
   * them on every page. An export on its own always keeps them.
   */
  bare?: boolean;
}

export interface BarDatum {
  label: string;
  count: number;
  /** The bar's colour, as on the page: a token of the chart table (`var(--kind-themes)`) or a hex value. */
  color: string;
  /** Global (no geography): drawn apart, below a dashed line, as on the page. */
  global?: boolean;
}

export interface MatrixData {
  rows: string[];
  columns: { label: string; global?: boolean }[];
  cells: number[][];
}

/** One entry of a legend: a swatch and what it means. */
export interface LegendItem {
  color: string;
  label: string;
}

const INK = fixedColor('var(--fg)');
const MUTED = fixedColor('var(--muted)');
const LINE = fixedColor('var(--border)');
const HATCH = fixedColor('var(--surface-2)');
const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif';
export const EXPORT_WIDTH = 960;
const MARGIN = 24;
/** Average advance of a character of the sans-serif stack, in ems: generous, so a wrapped line never runs over. */
const CHAR_EM = 0.58;

/** Escapes text for XML content and attribute values. */
export function escapeXml(text: string): string {
  return text.replace(
    /[<>&"']/g,
    (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!,
  );
}

/**
 * Words in lines that fit `width` pixels at `fontSize`; a word longer than a line is broken, never cut.
 * @example wrapText('North of Africa, Near and Middle East', 120, 14) // → ['North of Africa,', 'Near and Middle', 'East']
 */
export function wrapText(text: string, width: number, fontSize: number): string[] {
  const max = Math.max(4, Math.floor(width / (fontSize * CHAR_EM)));
  const out: string[] = [];
  let line = '';
  for (let word of text.split(/\s+/).filter(Boolean)) {
    while (word.length > max) {
      if (line) out.push(line);
      out.push(word.slice(0, max));
      word = word.slice(max);
      line = '';
    }
    if (line && line.length + 1 + word.length > max) {
      out.push(line);
      line = '';
    }
    line = line ? `${line} ${word}` : word;
  }
  if (line) out.push(line);
  return out.length > 0 ? out : [''];
}

/** A text of several lines: one `<text>` (so it reads as one label), a `<tspan>` per line. */
function textBlock(
  lines: readonly string[],
  x: number,
  y: number,
  attributes: string,
  lineHeight: number,
): string {
  const spans = lines
    .map((line, i) => `<tspan x="${x}" y="${y + i * lineHeight}">${escapeXml(line)}</tspan>`)
    .join('');
  return `<text ${attributes}>${spans}</text>`;
}

/** The title, then the counting rule in full (wrapped, as on the page). */
function header(caption: ExportCaption): { svg: string; height: number } {
  const title = wrapText(caption.title, EXPORT_WIDTH - 2 * MARGIN, 24);
  const rule = wrapText(caption.rule, EXPORT_WIDTH - 2 * MARGIN, 14);
  const ruleTop = 40 + title.length * 30 - 4;
  return {
    svg:
      textBlock(title, MARGIN, 40, `font-size="24" font-weight="700" fill="${INK}"`, 30) +
      textBlock(rule, MARGIN, ruleTop, `font-size="14" fill="${MUTED}"`, 18),
    height: ruleTop + (rule.length - 1) * 18 + 18,
  };
}

/** Lines of small print under the chart (the not-covered line, the map's Global count). */
function notes(lines: readonly string[], y: number): { svg: string; height: number } {
  let svg = '';
  let h = 0;
  for (const line of lines) {
    const wrapped = wrapText(line, EXPORT_WIDTH - 2 * MARGIN, 14);
    svg += textBlock(wrapped, MARGIN, y + h + 20, `font-size="14" fill="${INK}"`, 18);
    h += 8 + wrapped.length * 18;
  }
  return { svg, height: h };
}

/** The provenance: filters, corpus and time, wrapped. */
function footer(caption: ExportCaption, y: number): { svg: string; height: number } {
  if (caption.bare) return { svg: '', height: 12 };
  const lines = [
    `Filters: ${caption.filters}`,
    `Corpus: ${caption.corpusName} · exported ${caption.exportedAt.slice(0, 16).replace('T', ' ')} UTC · Briefing Atlas`,
  ].flatMap((line) => wrapText(line, EXPORT_WIDTH - 2 * MARGIN, 13));
  return {
    svg: lines
      .map(
        (line, i) =>
          `<text x="${MARGIN}" y="${y + 24 + i * 18}" font-size="13" fill="${MUTED}">${escapeXml(line)}</text>`,
      )
      .join(''),
    height: 24 + lines.length * 18 + 8,
  };
}

function wrapDocument(width: number, height: number, title: string, body: string, defs = ''): string {
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" ` +
    `font-family='${FONT}' role="img" aria-label="${escapeXml(title)}">` +
    `<title>${escapeXml(title)}</title>${defs ? `<defs>${defs}</defs>` : ''}` +
    `<rect width="${width}" height="${height}" fill="#ffffff"/>${body}</svg>`
  );
}

/**
 * A horizontal bar chart with the count printed at each bar, in the bars' own colours; Global rows come last,
 * below a dashed line; labels wrap. `notCovered` is a line said under the bars (rows left out).
 * @example barChartSvg([{ label: 'Europe', count: 2, color: 'var(--kind-regions)' }], caption) // → '<svg …>…Europe…2…</svg>'
 */
export function barChartSvg(
  data: readonly BarDatum[],
  caption: ExportCaption,
  options: { notCovered?: string | null } = {},
): string {
  const top = header(caption);
  const labelWidth = 300;
  const fontSize = 14;
  const lineHeight = 17;
  const max = Math.max(1, ...data.map((d) => d.count));
  const barSpace = EXPORT_WIDTH - labelWidth - 90;
  const ordered = [...data.filter((d) => !d.global), ...data.filter((d) => d.global)];
  let y = top.height + 4;
  let rows = '';
  let separated = false;
  for (const d of ordered) {
    if (d.global && !separated && ordered.some((o) => !o.global)) {
      rows += `<line x1="${MARGIN}" x2="${EXPORT_WIDTH - MARGIN}" y1="${y + 5}" y2="${y + 5}" stroke="${LINE}" stroke-width="2" stroke-dasharray="6 4"/>`;
      y += 10;
    }
    separated ||= !!d.global;
    const lines = wrapText(d.label, labelWidth - 24, fontSize);
    const height = Math.max(30, lines.length * lineHeight + 12);
    const middle = y + height / 2;
    const w = Math.max(d.count > 0 ? 2 : 0, Math.round((d.count / max) * barSpace));
    const firstBaseline = middle - ((lines.length - 1) * lineHeight) / 2 + 5;
    rows +=
      textBlock(
        lines,
        labelWidth - 8,
        firstBaseline,
        `font-size="${fontSize}" text-anchor="end" fill="${INK}"`,
        lineHeight,
      ) +
      `<rect x="${labelWidth}" y="${middle - 10}" width="${w}" height="20" fill="${fixedColor(d.color)}"/>` +
      `<text x="${labelWidth + w + 6}" y="${middle + 5}" font-size="${fontSize}" font-weight="600" fill="${INK}">${d.count}</text>`;
    y += height;
  }
  const axis =
    ordered.length === 0
      ? ''
      : `<line x1="${labelWidth}" x2="${labelWidth}" y1="${top.height}" y2="${y}" stroke="${LINE}" stroke-width="1"/>`;
  const said = notes(options.notCovered ? [options.notCovered] : [], y);
  const bottom = footer(caption, y + said.height);
  return wrapDocument(
    EXPORT_WIDTH,
    y + said.height + bottom.height,
    caption.title,
    top.svg + axis + rows + said.svg + bottom.svg,
  );
}

/** The hatching of a zero cell, as on the page: thin diagonal stripes over the page colour. */
const HATCH_PATTERN =
  `<pattern id="zero" width="7" height="7" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">` +
  `<rect width="7" height="7" fill="#ffffff"/><rect x="5" width="2" height="7" fill="${HATCH}"/></pattern>`;

/**
 * A matrix (heat map) with every count printed, zeros included and hatched (the gaps are the point), shaded by the
 * page's ramp; the Global column set apart by a dashed line; row and column labels wrap.
 */
export function matrixSvg(
  data: MatrixData,
  caption: ExportCaption,
  options: { notCovered?: readonly string[] } = {},
): string {
  const top = header(caption);
  const labelWidth = 240;
  // Columns share the width, up to a cell's natural width (one region alone is not drawn 700 px wide).
  const cellWidth = Math.min(
    120,
    Math.floor((EXPORT_WIDTH - labelWidth - MARGIN) / Math.max(1, data.columns.length)),
  );
  const max = Math.max(1, ...data.cells.flat());
  // A column heading wraps between words; a word wider than its column ("Asia/Pacific" among eight columns) is
  // set a little smaller rather than broken or cut.
  const columnHeads = data.columns.map((c) => {
    const longest = Math.max(1, ...c.label.split(/\s+/).map((w) => w.length));
    const size = Math.max(9, Math.min(13, Math.floor((cellWidth - 8) / (longest * CHAR_EM))));
    return { size, lines: wrapText(c.label, cellWidth - 8, size) };
  });
  const headerHeight = 12 + Math.max(1, ...columnHeads.map((h) => h.lines.length)) * 16;
  const columnLabels = columnHeads
    .map(({ size, lines }, j) => {
      const x = labelWidth + j * cellWidth + cellWidth / 2;
      const y = top.height + headerHeight - 8 - (lines.length - 1) * 16;
      return textBlock(
        lines,
        x,
        y,
        `font-size="${size}" font-weight="600" text-anchor="middle" fill="${INK}"`,
        16,
      );
    })
    .join('');
  let y = top.height + headerHeight;
  let rows = '';
  data.rows.forEach((r, i) => {
    const lines = wrapText(r, labelWidth - 16, 13);
    const height = Math.max(28, lines.length * 16 + 10);
    const cells = data.columns
      .map((_, j) => {
        const n = data.cells[i]?.[j] ?? 0;
        const x = labelWidth + j * cellWidth;
        const step = MATRIX_STEPS[matrixStep(n, max)]!;
        const fill = n === 0 ? 'url(#zero)' : step.background;
        const ink = n === 0 ? MUTED : fixedColor(step.color);
        return (
          `<rect x="${x}" y="${y}" width="${cellWidth - 2}" height="${height - 2}" fill="${fill}" stroke="${LINE}" stroke-width="${n === 0 ? 1 : 0}"/>` +
          `<text x="${x + cellWidth / 2}" y="${y + height / 2 + 4}" font-size="13" font-weight="${n === 0 ? 500 : 600}" text-anchor="middle" fill="${ink}">${n}</text>`
        );
      })
      .join('');
    const firstBaseline = y + height / 2 + 4 - ((lines.length - 1) * 16) / 2;
    rows +=
      textBlock(lines, labelWidth - 8, firstBaseline, `font-size="13" text-anchor="end" fill="${INK}"`, 16) +
      cells;
    y += height;
  });
  const globals = data.columns
    .map((c, j) => (c.global ? j : -1))
    .filter((j) => j > 0)
    .map((j) => {
      const x = labelWidth + j * cellWidth - 2;
      return `<line x1="${x}" x2="${x}" y1="${top.height}" y2="${y}" stroke="${LINE}" stroke-width="2" stroke-dasharray="6 4"/>`;
    })
    .join('');
  const said = notes(options.notCovered ?? [], y);
  const bottom = footer(caption, y + said.height);
  return wrapDocument(
    EXPORT_WIDTH,
    y + said.height + bottom.height,
    caption.title,
    top.svg + columnLabels + rows + globals + said.svg + bottom.svg,
    HATCH_PATTERN,
  );
}

/**
 * Wraps drawn SVG content (the map's paths, already in the given view box) with the caption, its legend (the
 * colour scale, as on the page) and lines said under it (the map's Global count).
 */
export function figureSvg(
  inner: string,
  viewBox: { width: number; height: number },
  caption: ExportCaption,
  options: { legend?: readonly LegendItem[]; notes?: readonly string[] } = {},
): string {
  const top = header(caption);
  const scale = (EXPORT_WIDTH - 2 * MARGIN) / viewBox.width;
  const drawnHeight = Math.round(viewBox.height * scale);
  const body = `<g transform="translate(${MARGIN} ${top.height}) scale(${scale.toFixed(4)})">${inner}</g>`;
  let legend = '';
  let x = MARGIN;
  let y = top.height + drawnHeight + 10;
  for (const item of options.legend ?? []) {
    const width = 34 + Math.ceil(item.label.length * 14 * CHAR_EM);
    if (x + width > EXPORT_WIDTH - MARGIN && x > MARGIN) {
      x = MARGIN;
      y += 24;
    }
    legend +=
      `<rect x="${x}" y="${y + 4}" width="22" height="14" rx="2" fill="${fixedColor(item.color)}" stroke="${LINE}" stroke-width="1"/>` +
      `<text x="${x + 28}" y="${y + 16}" font-size="14" fill="${INK}">${escapeXml(item.label)}</text>`;
    x += width + 14;
  }
  const legendHeight = options.legend?.length ? y + 24 - (top.height + drawnHeight) : 0;
  const said = notes(options.notes ?? [], top.height + drawnHeight + legendHeight);
  const bottom = footer(caption, top.height + drawnHeight + legendHeight + said.height);
  return wrapDocument(
    EXPORT_WIDTH,
    top.height + drawnHeight + legendHeight + said.height + bottom.height,
    caption.title,
    top.svg + body + legend + said.svg + bottom.svg,
  );
}
