import { readFile } from 'node:fs/promises';
import { expect, test } from './fixtures';
import { parseCsv, validateCorpus } from '../src/core/corpus';

test('downloads the briefings in view as CSV, one row per briefing', async ({ dashboard, page }) => {
  await dashboard.open('/?region=AP');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download 2 briefings as CSV' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^briefing-atlas-region-asia-pacific-\d{4}-\d{2}-\d{2}\.csv$/);
  const { records, problems } = parseCsv(await readFile((await file.path())!, 'utf8'));
  expect(problems).toEqual([]);
  const [header, ...rows] = records.map((r) => r.cells);
  expect(header).toContain('title');
  expect(rows).toHaveLength(2);
  const titles = rows.map((r) => r[header!.indexOf('title')]);
  expect(titles.every((t) => t?.startsWith('Asiapacific'))).toBe(true);
  expect(rows.every((r) => r[header!.indexOf('regions')] === 'Asia/Pacific')).toBe(true);
});

test('downloads the view as JSON in the data contract, which can be read back', async ({
  dashboard,
  page,
}) => {
  await dashboard.open('/?region=EUR');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download 2 briefings as JSON' }).click();
  const json = JSON.parse(await readFile((await (await download).path())!, 'utf8'));
  expect(validateCorpus(json).ok).toBe(true);
  expect(json.briefings).toHaveLength(2);
  expect(json.exportedFrom).toMatchObject({ filters: 'Region: Europe', shown: 2, total: 10 });
});

test('exports the region chart as a captioned SVG and a PNG at twice the size', async ({
  dashboard,
  page,
}) => {
  await dashboard.open('/?region=AP');
  const figure = dashboard.figure('Briefings by WCO region');

  const svgDownload = page.waitForEvent('download');
  await figure.getByRole('button', { name: 'Download Briefings by WCO region as SVG' }).click();
  const svg = await readFile((await (await svgDownload).path())!, 'utf8');
  const parsed = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    const root = doc.documentElement;
    return {
      error: doc.getElementsByTagName('parsererror').length > 0,
      root: root.nodeName,
      width: Number(root.getAttribute('width')),
      height: Number(root.getAttribute('height')),
      text: root.textContent,
    };
  }, svg);
  expect(parsed.error).toBe(false);
  expect(parsed.root).toBe('svg');
  expect(parsed.text).toContain('Briefings by WCO region');
  expect(parsed.text).toContain('Filters: Region: Asia/Pacific');
  expect(parsed.text).toContain('Corpus: WCO seed briefings');
  expect(parsed.text).toMatch(/N = 2 briefings/);

  const pngDownload = page.waitForEvent('download');
  await figure.getByRole('button', { name: 'Download Briefings by WCO region as PNG' }).click();
  const png = await readFile((await (await pngDownload).path())!);
  expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  // IHDR: width and height, big-endian, at bytes 16..24.
  expect(png.readUInt32BE(16)).toBe(parsed.width * 2);
  expect(png.readUInt32BE(20)).toBe(parsed.height * 2);
});

test('exports the map with its caption', async ({ dashboard, page }) => {
  await dashboard.open('/?country=BIH');
  const figure = dashboard.figure('Map of briefings');
  await expect(figure.getByRole('group', { name: 'World map by country' })).toBeVisible();
  const download = page.waitForEvent('download');
  await figure.getByRole('button', { name: 'Download Map of briefings as SVG' }).click();
  const svg = await readFile((await (await download).path())!, 'utf8');
  expect(svg).toContain('Filters: Country: Bosnia and Herzegovina');
  expect((svg.match(/<path /g) ?? []).length).toBeGreaterThan(200);
});
