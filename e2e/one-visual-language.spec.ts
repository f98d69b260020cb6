import { readFile } from 'node:fs/promises';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';

/** A computed colour ("rgb(138, 46, 0)", or "color(srgb 0.54 0.18 0)" from color-mix) as #rrggbb. */
const hex = (computed: string) => {
  const rgb = /rgba?\((\d+), (\d+), (\d+)/.exec(computed)?.slice(1, 4).map(Number);
  const srgb = /color\(srgb ([\d.e-]+) ([\d.e-]+) ([\d.e-]+)/
    .exec(computed)
    ?.slice(1, 4)
    .map((v) => Math.round(Number(v) * 255));
  const channels = rgb ?? srgb;
  if (!channels) throw new Error(`Not a colour this test reads: ${computed}`);
  return `#${channels.map((v) => v.toString(16).padStart(2, '0')).join('')}`;
};

/** The value of a colour token in the theme the page has on. */
const token = (page: Page, name: string) =>
  page.evaluate((n) => getComputedStyle(document.documentElement).getPropertyValue(n).trim(), name);

/** The colour of the bar of a row of a bar chart, by the row's label. */
const barColor = (figure: Locator, label: string) =>
  figure
    .getByRole('listitem')
    .filter({ hasText: label })
    .first()
    .evaluate((li) => getComputedStyle(li.children[1]!.firstElementChild!).backgroundColor)
    .then(hex);

const fillOf = (shape: Locator) => shape.evaluate((el) => getComputedStyle(el).fill).then(hex);

for (const colorScheme of ['light', 'dark'] as const) {
  test(`one colour per tag kind in ${colorScheme} mode: region bars, the map by region, chips, facets and evidence`, async ({
    dashboard,
    page,
  }) => {
    await page.emulateMedia({ colorScheme });
    await dashboard.open('/?map=region');
    await expect(page.locator('html')).toHaveAttribute('data-theme', colorScheme);
    const regions = await token(page, '--kind-regions');
    const themes = await token(page, '--kind-themes');
    expect(regions).toMatch(/^#[0-9a-f]{6}$/);
    expect(regions).not.toBe(themes);

    // The region bars and the map's darkest class (Europe, 2 briefings: the most) are the regions' colour.
    const bars = dashboard.figure('Briefings by WCO region');
    expect(await barColor(bars, 'Europe')).toBe(regions);
    expect(await barColor(dashboard.figure('Briefings by theme'), 'Environment')).toBe(themes);
    const map = dashboard.figure('Map of briefings');
    await expect(map.getByRole('group', { name: 'World map by WCO region' })).toBeVisible();
    expect(await fillOf(map.locator('[data-shape="FRA"]'))).toBe(regions);
    const legend = await map
      .getByRole('list', { name: 'Legend' })
      .getByRole('listitem')
      .evaluateAll((items) => items.map((li) => getComputedStyle(li.querySelector('span')!).backgroundColor));
    expect(legend.map(hex).at(-1)).toBe(regions);
    // A paler step of the same ramp for fewer briefings (North of Africa, Near and Middle East: 1).
    const mena = await fillOf(map.locator('[data-shape="DZA"]'));
    expect(mena).toBe(await token(page, '--ramp-regions-1'));

    // By country, the map takes the countries' ramp: no longer the regions' colour.
    await map.getByRole('button', { name: 'By country' }).click();
    await expect(map.getByRole('group', { name: 'World map by country' })).toBeVisible();
    expect(await fillOf(map.locator('[data-shape="LBY"]'))).toBe(await token(page, '--kind-countries'));

    // The Region facet's legend and a region chip carry the same colour; the chip's text stays the text colour.
    const swatch = dashboard.facet('Region').locator('legend [data-kind="regions"]');
    expect(hex(await swatch.evaluate((el) => getComputedStyle(el).backgroundColor))).toBe(regions);
    const chip = page
      .getByRole('region', { name: 'Results' })
      .getByRole('button', { name: 'Filter by Asia/Pacific', exact: true })
      .first()
      .locator('[data-kind="regions"]');
    const chipStyle = await chip.evaluate((el) => {
      const s = getComputedStyle(el);
      return { edge: s.borderLeftColor, width: s.borderLeftWidth, text: s.color };
    });
    expect(hex(chipStyle.edge)).toBe(regions);
    expect(parseFloat(chipStyle.width)).toBeGreaterThanOrEqual(4);
    expect(hex(chipStyle.text)).toBe(await token(page, '--fg'));
    await expect(page.getByRole('list', { name: 'Tag colours' })).toContainText('Region');

    // In the briefing, the words that made the region are marked in the regions' colour, not the search yellow.
    await dashboard.results
      .getByRole('link', { name: 'Asiapacific Nations Crack Down on Illegal Plastic Waste Trade' })
      .click();
    const dialog = page.getByRole('dialog', {
      name: 'Asiapacific Nations Crack Down on Illegal Plastic Waste Trade',
    });
    await expect(dialog).toBeVisible();
    const evidence = dialog.locator('mark[data-kinds="regions"]', { hasText: 'Asia-Pacific' });
    const marked = await evidence.evaluate((el) => {
      const s = getComputedStyle(el);
      return { shadow: s.boxShadow, background: s.backgroundColor };
    });
    const [r, g, b] = [1, 3, 5].map((i) => parseInt(regions.slice(i, i + 2), 16));
    expect(marked.shadow).toContain(`rgb(${r}, ${g}, ${b})`);
    expect(hex(marked.background)).not.toBe(await token(page, '--mark'));
    expect(
      hex(
        await dialog
          .locator('dt', { hasText: 'Regions' })
          .locator('[data-kind="regions"]')
          .evaluate((el) => getComputedStyle(el).backgroundColor),
      ),
    ).toBe(regions);
  });
}

test('Western Sahara is its own territory with a dashed boundary, and the map, its export and the pack say so', async ({
  dashboard,
  page,
}) => {
  await dashboard.open('/');
  const map = dashboard.figure('Map of briefings');
  await expect(map.getByRole('group', { name: 'World map by country' })).toBeVisible();
  const note =
    'Western Sahara is drawn as a territory of its own, not as part of Morocco, as on United Nations maps; the dashed line is its boundary with Morocco, which is not settled.';
  await expect(map).toContainText(note);

  const sahara = map.locator('[data-shape="ESH"]');
  const morocco = map.locator('[data-shape="MAR"]');
  await expect(sahara).toHaveCount(1);
  await expect(morocco).toHaveCount(1);
  // Morocco has a briefing in the seed, Western Sahara none: two fills, two shapes, one above the other.
  expect(await fillOf(morocco)).not.toBe(await fillOf(sahara));
  const [s, m] = [(await sahara.boundingBox())!, (await morocco.boundingBox())!];
  expect(s.y).toBeGreaterThanOrEqual(m.y + m.height - 2);
  expect(s.height).toBeGreaterThan(m.height / 2);

  // The line between them is dashed, and lies where the two shapes meet.
  const line = map.locator('[data-boundary="ESH-MAR"]');
  await expect(line).toHaveCount(1);
  await expect(line).toHaveAttribute('stroke-dasharray', /\d/);
  const l = (await line.boundingBox())!;
  expect(Math.abs(l.y + l.height / 2 - s.y)).toBeLessThan(2);
  expect(l.x).toBeGreaterThanOrEqual(s.x - 2);
  expect(l.x + l.width).toBeLessThanOrEqual(s.x + s.width + 2);

  // By WCO region, both are in North of Africa, Near and Middle East: one fill, the dashed line still apart.
  await map.getByRole('button', { name: 'By WCO region' }).click();
  await expect(map.getByRole('group', { name: 'World map by WCO region' })).toBeVisible();
  expect(await fillOf(morocco)).toBe(await fillOf(sahara));
  await expect(line).toHaveCount(1);
  await expect(map).toContainText(note);

  // The exported map draws the dashed line and says the same.
  const download = page.waitForEvent('download');
  await map.getByRole('button', { name: 'Download Map of briefings as SVG' }).click();
  const svg = await readFile((await (await download).path())!, 'utf8');
  expect(svg).toMatch(
    /<path d="m[^"]*" fill="none" stroke="#[0-9a-f]{6}" stroke-width="[\d.]+" stroke-dasharray="[\d. ]+"\/>/,
  );
  const texts = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    return Array.from(doc.querySelectorAll('text')).map((t) =>
      Array.from(t.querySelectorAll('tspan'))
        .map((span) => span.textContent)
        .join(' '),
    );
  }, svg);
  expect(texts).toContain(note);

  // So does the printed pack's map.
  await page.emulateMedia({ media: 'print' });
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  const pack = page.locator('.print-pack');
  await expect(pack).toBeVisible();
  await expect(pack.locator('svg', { hasText: 'Western Sahara is drawn as a territory' })).toHaveCount(1);
});
