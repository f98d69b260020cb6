import { readFile } from 'node:fs/promises';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';

/** What a chart shows: its labels (whole) and the colours it fills with, as hex. */
interface Drawn {
  labels: string[];
  colors: string[];
}

const hex = (rgb: string) => {
  const m = /rgba?\((\d+), (\d+), (\d+)/.exec(rgb);
  return m
    ? `#${m
        .slice(1, 4)
        .map((v) => Number(v).toString(16).padStart(2, '0'))
        .join('')}`
    : rgb;
};
const unique = (values: string[]) => [...new Set(values)].sort();

/** Downloads a chart's SVG export and reads it: each `<text>` as one label (its wrapped lines joined). */
async function exported(
  page: Page,
  figure: Locator,
  title: string,
): Promise<Drawn & { zeros: number; svg: string }> {
  const download = page.waitForEvent('download');
  await figure.getByRole('button', { name: `Download ${title} as SVG` }).click();
  const svg = await readFile((await (await download).path())!, 'utf8');
  const read = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    const labels = Array.from(doc.querySelectorAll('text')).map((t) => {
      const spans = Array.from(t.querySelectorAll('tspan'));
      return spans.length > 0 ? spans.map((s) => s.textContent).join(' ') : (t.textContent ?? '');
    });
    // The bars, cells and swatches: rects drawn over the white page, not inside the hatching pattern.
    const colors = Array.from(doc.querySelectorAll('svg > rect'))
      .map((r) => r.getAttribute('fill') ?? '')
      .filter((f) => f !== '#ffffff' && !f.startsWith('url('));
    const zeros = doc.querySelectorAll('rect[fill="url(#zero)"]').length;
    return { labels, colors, zeros };
  }, svg);
  return { ...read, colors: unique(read.colors), svg };
}

/** A bar chart on the page: each row's label and its bar's colour. */
async function barsOnScreen(figure: Locator): Promise<Drawn> {
  const rows = await figure.locator('li').evaluateAll((items) =>
    items.map((li) => {
      const [label, track] = Array.from(li.children) as HTMLElement[];
      const bar = track!.firstElementChild as HTMLElement;
      return { label: label!.textContent!.trim(), color: getComputedStyle(bar).backgroundColor };
    }),
  );
  return { labels: rows.map((r) => r.label), colors: unique(rows.map((r) => hex(r.color))) };
}

test('each bar chart exports with the labels and colours it has on screen, uncut, Global apart', async ({
  dashboard,
  page,
}) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await dashboard.open('/');
  for (const title of [
    'Briefings by theme',
    'Briefings by WCO region',
    'Top programmes',
    'Top organisations',
  ]) {
    const figure = dashboard.figure(title);
    await figure.scrollIntoViewIfNeeded();
    const screen = await barsOnScreen(figure);
    const file = await exported(page, figure, title);
    expect(screen.labels.length, title).toBeGreaterThan(0);
    for (const label of screen.labels) expect(file.labels, `${title}: “${label}”`).toContain(label);
    expect(file.svg, title).not.toContain('…');
    expect(file.colors, `${title}: colours`).toEqual(screen.colors);
  }
  // Global is set apart in both: its own colour, below a dashed line.
  const regions = await exported(
    page,
    dashboard.figure('Briefings by WCO region'),
    'Briefings by WCO region',
  );
  expect(regions.colors).toHaveLength(2);
  expect(regions.svg).toMatch(/stroke-dasharray[^>]*\/>.*>Global</);
});

test('the matrix exports with the same labels, shades and hatched gaps as on screen', async ({
  dashboard,
  page,
}) => {
  await dashboard.open('/');
  const title = 'Theme × region coverage';
  const figure = dashboard.figure(title);
  await figure.scrollIntoViewIfNeeded();
  const screen = await figure.getByRole('table').evaluate((table: HTMLTableElement) => ({
    labels: Array.from(table.querySelectorAll('th'))
      .map((th) => th.textContent!.trim())
      .filter((t) => t !== 'Theme'),
    colors: Array.from(table.querySelectorAll('td'))
      .map((td) => getComputedStyle(td).backgroundColor)
      .filter((c) => c !== 'rgba(0, 0, 0, 0)'),
    zeros: Array.from(table.querySelectorAll('td')).filter((td) => td.textContent!.trim() === '0').length,
  }));
  const file = await exported(page, figure, title);
  for (const label of screen.labels) expect(file.labels, `“${label}”`).toContain(label);
  expect(file.svg).not.toContain('…');
  expect(file.colors).toEqual(unique(screen.colors.map(hex)));
  expect(file.zeros).toBe(screen.zeros);
  expect(file.zeros).toBeGreaterThan(0);
});

test('the map exports with its legend (the colour scale) and the Global count, as on screen', async ({
  dashboard,
  page,
}) => {
  await dashboard.open('/');
  const title = 'Map of briefings';
  const figure = dashboard.figure(title);
  await expect(figure.getByRole('group', { name: 'World map by country' })).toBeVisible();
  const legend = await figure
    .getByRole('list', { name: 'Legend' })
    .getByRole('listitem')
    .evaluateAll((items) =>
      items.map((li) => ({
        label: li.textContent!.trim(),
        color: getComputedStyle(li.querySelector('span')!).backgroundColor,
      })),
    );
  const file = await exported(page, figure, title);
  expect(legend.length).toBeGreaterThan(1);
  for (const item of legend) expect(file.labels).toContain(item.label);
  for (const color of legend.map((l) => hex(l.color))) expect(file.colors).toContain(color);
  await expect(figure).toContainText(/Global \(worldwide, or no place named\): \d+ briefings?/);
  const global = (await figure.textContent())!.match(
    /Global \(worldwide, or no place named\): \d+ briefings?/,
  )![0];
  expect(file.labels).toContain(global);
});
