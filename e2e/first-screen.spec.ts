import { expect, test } from './fixtures';

const ONE_BRIEFING = `Ghana Customs Join Operation Demeter

Ghana Customs Join Operation Demeter

Ghana Customs took part in Operation Demeter against illegal waste shipments under the Basel Convention.
`;

test('at 1440 × 900 the first screen shows the search, the status, the filters, the overview and three results', async ({
  dashboard,
  page,
}) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await dashboard.open();
  const inView = async (box: { y: number; height: number } | null) =>
    expect(box && box.y >= 0 && box.y + box.height <= 900).toBe(true);
  await inView(await page.getByRole('searchbox', { name: 'Search briefings' }).boundingBox());
  await inView(await dashboard.status.boundingBox());
  await inView(await page.getByRole('heading', { name: 'Filters', exact: true }).boundingBox());
  await inView(await page.getByRole('heading', { name: 'Briefings by WCO region' }).boundingBox());
  await inView(await page.getByRole('heading', { name: 'Briefings by theme' }).boundingBox());
  for (let i = 0; i < 3; i++) await inView(await dashboard.results.nth(i).getByRole('heading').boundingBox());
  // The status line stays in sight after scrolling to the charts further down.
  await page.getByRole('link', { name: 'More charts' }).click();
  await expect(page.getByRole('heading', { name: 'More charts' })).toBeInViewport();
  await expect(dashboard.status).toBeInViewport();
});

test('the search box keeps a usable width with the Reset button showing', async ({ dashboard, page }) => {
  await dashboard.open();
  await page.getByRole('button', { name: 'Import briefings' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import briefings' });
  await dialog
    .getByLabel('Choose files')
    .setInputFiles({ name: 'one.txt', mimeType: 'text/plain', buffer: Buffer.from(ONE_BRIEFING) });
  await expect(dialog.getByRole('status')).toHaveText(/Read 1 briefing/, { timeout: 20_000 });
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(page.getByRole('button', { name: 'Reset to the bundled corpus' })).toBeVisible();
  for (const width of [1024, 1280, 360]) {
    await page.setViewportSize({ width, height: 800 });
    const box = await page.getByRole('searchbox', { name: 'Search briefings' }).boundingBox();
    expect(box?.width ?? 0, `search box at ${width} px`).toBeGreaterThanOrEqual(200);
  }
  await page.getByRole('button', { name: 'Reset to the bundled corpus' }).click();
  await expect(dashboard.status).toHaveText('10 of 10 briefings');
});

test('a second click on the same bar undoes the first, and the bar stays where it was', async ({
  dashboard,
  page,
}) => {
  await dashboard.open();
  const chart = dashboard.figure('Briefings by theme');
  const bars = chart.getByRole('button', { name: /^Filter by / });
  const before = await bars.allTextContents();
  const names = await bars.evaluateAll((els) => els.map((el) => el.getAttribute('aria-label') ?? ''));
  const third = names[2]!;
  const label = /^Filter by (.+?): /.exec(third)![1]!;
  const bar = chart.getByRole('button', { name: new RegExp(`^Filter by ${label}: `) });
  await bar.scrollIntoViewIfNeeded();
  const box = await bar.boundingBox();

  await bar.click();
  await expect(page).toHaveURL(/[?&]theme=/);
  const { shown } = await dashboard.counts();
  expect(shown).toBeLessThan(10);
  // Read against the whole: "2 of 2" on the chosen bar; the same row under the pointer.
  await expect(bar).toHaveAttribute('aria-pressed', 'true');
  await expect(bar).toHaveAccessibleName(/of \d+ in the corpus$/);
  expect((await bar.boundingBox())?.y).toBe(box?.y);

  await page.mouse.click(box!.x + box!.width / 2, box!.y + box!.height / 2);
  await expect(dashboard.status).toHaveText('10 of 10 briefings');
  await expect(page).not.toHaveURL(/[?&]theme=/);
  expect(await bars.allTextContents()).toEqual(before);
});

test('themes with no briefing are named under the chart, not drawn, until "Show all"', async ({
  dashboard,
}) => {
  await dashboard.open();
  const chart = dashboard.figure('Briefings by theme');
  const gap = chart.getByText(/^No briefings on: /);
  await expect(gap).toBeVisible();
  const absent = ((await gap.textContent()) ?? '')
    .replace(/^No briefings on: /, '')
    .replace(/\.\s*Show all themes$/, '')
    .split(', ');
  expect(absent.length).toBeGreaterThan(0);
  const zero = absent[0]!;
  await expect(chart.getByText(zero, { exact: true })).toHaveCount(0);
  const table = await dashboard.chartTable('Briefings by theme');
  expect(Object.values(table).every((count) => count > 0)).toBe(true);
  await chart.getByRole('button', { name: 'Show chart' }).click();

  await chart.getByRole('button', { name: 'Show all themes' }).click();
  await expect(chart.getByText(zero, { exact: true })).toBeVisible();
  await chart.getByRole('button', { name: /^Hide the \d+ with no briefings$/ }).click();
  await expect(chart.getByText(zero, { exact: true })).toHaveCount(0);
});

test('on a phone the filters are a drawer with a count, and nothing scrolls sideways', async ({
  dashboard,
  page,
}) => {
  await page.setViewportSize({ width: 360, height: 800 });
  await dashboard.open();
  const filters = page.getByRole('button', { name: /^Filters/ });
  await expect(page.getByRole('heading', { name: 'Filters', exact: true })).toBeHidden();
  await filters.click();
  await dashboard.checkbox('Region', 'Europe').check();
  await expect(page.getByRole('button', { name: 'Hide filters (1)' })).toBeVisible();
  await expect(dashboard.status).toHaveText('2 of 10 briefings');
  await expect(dashboard.status).toBeInViewport();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});
