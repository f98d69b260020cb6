/**
 * Chart exports drawn from the same aggregates the screen shows, as standalone SVG documents with the provenance
 * caption baked in (title, active filters, N, corpus, date), so a picture pasted into a report still says where
 * its numbers come from. Pure string building: every text goes through `escapeXml`.
 */

export interface ExportCaption {
  title: string;
  /** Counting rule and N, in words. */
  rule: string;
  /** Active query and filters in words. */
  filters: string;
  corpusName: string;
  /** When the export was made (ISO). */
  exportedAt: string;
}

export interface BarDatum {
  label: string;
  count: number;
}

export interface MatrixData {
  rows: string[];
  columns: string[];
  cells: number[][];
}

/** Colours fixed for print and for a projector: Okabe–Ito blue for bars, a blue ramp for the matrix. */
const INK = '#0f172a';
const MUTED = '#475569';
const BAR = '#0072b2';
const RAMP = ['#ffffff', '#dbeafe', '#93c5fd', '#3b82f6', '#1d4ed8', '#1e3a8a'];
const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif';
export const EXPORT_WIDTH = 960;

/** Escapes text for XML content and attribute values. */
export function escapeXml(text: string): string {
  return text.replace(
    /[<>&"']/g,
    (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!,
  );
}

function truncate(text: string, max: number): string {
  return text.length > max ? text.slice(0, max - 1) + '…' : text;
}

/** The characters of a caption line that fit the export's width. */
const RULE_LINE = 130;
const RULE_LINES = 3;

/** Words in lines of at most `max` characters (a longer word is cut); past `lines` lines the text is cut with "…". */
function wrapText(text: string, max: number, lines: number): string[] {
  const out: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > max) {
      out.push(line);
      line = '';
    }
    line = line ? `${line} ${word}` : truncate(word, max);
  }
  if (line) out.push(line);
  if (out.length <= lines) return out;
  const kept = out.slice(0, lines);
  const last = kept[lines - 1]!;
  kept[lines - 1] = `${last.slice(0, max - 1)}…`;
  return kept;
}

/** The title, then the counting rule in full (wrapped, as on the page). */
function header(caption: ExportCaption): { svg: string; height: number } {
  const rule = wrapText(caption.rule, RULE_LINE, RULE_LINES);
  return {
    svg:
      `<text x="24" y="40" font-size="24" font-weight="700" fill="${INK}">${escapeXml(caption.title)}</text>` +
      rule
        .map(
          (line, i) =>
            `<text x="24" y="${66 + i * 18}" font-size="14" fill="${MUTED}">${escapeXml(line)}</text>`,
        )
        .join(''),
    height: 84 + Math.max(0, rule.length - 1) * 18,
  };
}

function footer(caption: ExportCaption, y: number): { svg: string; height: number } {
  const lines = [
    `Filters: ${caption.filters}`,
    `Corpus: ${caption.corpusName} · exported ${caption.exportedAt.slice(0, 16).replace('T', ' ')} UTC · Briefing Atlas`,
  ];
  return {
    svg: lines
      .map(
        (line, i) =>
          `<text x="24" y="${y + 24 + i * 20}" font-size="13" fill="${MUTED}">${escapeXml(truncate(line, 150))}</text>`,
      )
      .join(''),
    height: 24 + lines.length * 20 + 8,
  };
}

function wrapDocument(width: number, height: number, title: string, body: string): string {
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" ` +
    `font-family='${FONT}' role="img" aria-label="${escapeXml(title)}">` +
    `<title>${escapeXml(title)}</title>` +
    `<rect width="${width}" height="${height}" fill="#ffffff"/>${body}</svg>`
  );
}

/**
 * A horizontal bar chart with the count printed at each bar.
 * @example barChartSvg([{ label: 'Europe', count: 2 }], caption) // → '<svg …>…Europe…2…</svg>'
 */
export function barChartSvg(data: readonly BarDatum[], caption: ExportCaption): string {
  const top = header(caption);
  const rowHeight = 30;
  const labelWidth = 300;
  const max = Math.max(1, ...data.map((d) => d.count));
  const barSpace = EXPORT_WIDTH - labelWidth - 90;
  const rows = data
    .map((d, i) => {
      const y = top.height + i * rowHeight;
      const w = Math.max(d.count > 0 ? 2 : 0, Math.round((d.count / max) * barSpace));
      return (
        `<text x="${labelWidth - 8}" y="${y + 19}" font-size="14" text-anchor="end" fill="${INK}">${escapeXml(truncate(d.label, 40))}</text>` +
        `<rect x="${labelWidth}" y="${y + 5}" width="${w}" height="${rowHeight - 10}" fill="${BAR}"/>` +
        `<text x="${labelWidth + w + 6}" y="${y + 19}" font-size="14" font-weight="600" fill="${INK}">${d.count}</text>`
      );
    })
    .join('');
  const bodyHeight = top.height + data.length * rowHeight;
  const bottom = footer(caption, bodyHeight);
  return wrapDocument(EXPORT_WIDTH, bodyHeight + bottom.height, caption.title, top.svg + rows + bottom.svg);
}

/**
 * A matrix (heat map) with every count printed, zeros included: the gaps are the point.
 */
export function matrixSvg(data: MatrixData, caption: ExportCaption): string {
  const top = header(caption);
  const labelWidth = 260;
  const headerHeight = 120;
  const cellWidth = Math.floor((EXPORT_WIDTH - labelWidth - 24) / Math.max(1, data.columns.length));
  const cellHeight = 26;
  const max = Math.max(1, ...data.cells.flat());
  const shade = (n: number) => (n === 0 ? RAMP[0]! : RAMP[Math.min(5, 1 + Math.floor(((n - 1) / max) * 5))]!);
  const columnLabels = data.columns
    .map((c, j) => {
      const x = labelWidth + j * cellWidth + cellWidth / 2;
      const y = top.height + headerHeight - 8;
      return `<text transform="translate(${x} ${y}) rotate(-35)" font-size="13" fill="${INK}">${escapeXml(truncate(c, 28))}</text>`;
    })
    .join('');
  const rows = data.rows
    .map((r, i) => {
      const y = top.height + headerHeight + i * cellHeight;
      const cells = data.columns
        .map((_, j) => {
          const n = data.cells[i]?.[j] ?? 0;
          const x = labelWidth + j * cellWidth;
          const dark = n > 0 && shade(n) !== RAMP[1] && shade(n) !== RAMP[2];
          return (
            `<rect x="${x}" y="${y}" width="${cellWidth - 2}" height="${cellHeight - 2}" fill="${shade(n)}" stroke="#94a3b8" stroke-width="0.5"/>` +
            `<text x="${x + cellWidth / 2}" y="${y + 17}" font-size="13" text-anchor="middle" fill="${dark ? '#ffffff' : INK}">${n}</text>`
          );
        })
        .join('');
      return `<text x="${labelWidth - 8}" y="${y + 17}" font-size="13" text-anchor="end" fill="${INK}">${escapeXml(truncate(r, 36))}</text>${cells}`;
    })
    .join('');
  const bodyHeight = top.height + headerHeight + data.rows.length * cellHeight;
  const bottom = footer(caption, bodyHeight);
  return wrapDocument(
    EXPORT_WIDTH,
    bodyHeight + bottom.height,
    caption.title,
    top.svg + columnLabels + rows + bottom.svg,
  );
}

/**
 * Wraps drawn SVG content (the map's paths, already in the given view box) with the caption.
 */
export function figureSvg(
  inner: string,
  viewBox: { width: number; height: number },
  caption: ExportCaption,
): string {
  const top = header(caption);
  const scale = (EXPORT_WIDTH - 48) / viewBox.width;
  const drawnHeight = Math.round(viewBox.height * scale);
  const body = `<g transform="translate(24 ${top.height}) scale(${scale.toFixed(4)})">${inner}</g>`;
  const bottom = footer(caption, top.height + drawnHeight);
  return wrapDocument(
    EXPORT_WIDTH,
    top.height + drawnHeight + bottom.height,
    caption.title,
    top.svg + body + bottom.svg,
  );
}
