import { expect, test } from './fixtures';

const NAFRICA = 'North of Africa, Near and Middle East';

test('sees coverage by theme and by region', async ({ dashboard, page }) => {
  await dashboard.open();
  const { shown, total } = await dashboard.counts();
  expect(shown).toBe(total);
  expect(total).toBe(10);
  await expect(dashboard.results).toHaveCount(10);

  await expect(dashboard.figure('Briefings by theme')).toContainText('N = 10 briefings');
  await expect(dashboard.figure('Briefings by theme')).toContainText('counts once in each');
  const themes = await dashboard.chartTable('Briefings by theme');
  expect(Object.keys(themes).length).toBeGreaterThan(3);

  const regions = await dashboard.chartTable('Briefings by WCO region');
  expect(regions).toMatchObject({ Europe: 2, 'Asia/Pacific': 2, [NAFRICA]: 1 });
  expect(regions['Global']).toBeGreaterThan(0);
  // Every briefing has at least one region, Global included: the region rows cover all ten.
  expect(Object.values(regions).reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(total);
  // The table switch goes back to the chart.
  await dashboard.figure('Briefings by WCO region').getByRole('button', { name: 'Show chart' }).click();
  await expect(dashboard.figure('Briefings by WCO region').getByRole('table')).toHaveCount(0);

  for (const name of ['Theme × region coverage', 'Top programmes', 'Top organisations']) {
    await expect(dashboard.figure(name)).toBeVisible();
  }
  await expect(page.getByRole('heading', { level: 1, name: 'Briefing Atlas' })).toBeVisible();
});

test('filters to a region and the counts, charts and list agree', async ({ dashboard, page }) => {
  await dashboard.open();
  const europe = await dashboard.facetCount('Region', 'Europe');

  await dashboard.checkbox('Region', 'Europe').check();

  await expect(dashboard.status).toHaveText(`${europe} of 10 briefings`);
  expect(europe).toBe(2);
  await expect(dashboard.results).toHaveCount(europe);
  await expect(dashboard.results.filter({ hasText: 'Albania' })).toHaveCount(1);
  await expect(dashboard.results.filter({ hasText: 'Bosnia' })).toHaveCount(1);
  await expect(page).toHaveURL(/[?&]region=/);

  const regions = await dashboard.chartTable('Briefings by WCO region');
  expect(regions['Europe']).toBe(europe);
  expect(regions['Asia/Pacific']).toBe(0);
  await expect(dashboard.figure('Briefings by theme')).toContainText(`N = ${europe} briefings`);
  await expect(page.getByRole('button', { name: 'Remove filter Region: Europe' })).toBeVisible();
  // A value that no longer matches stays visible, at 0, so absence shows.
  await expect(dashboard.checkbox('Country', 'Morocco')).toBeVisible();
  expect(await dashboard.facetCount('Country', 'Morocco')).toBe(0);
});

test('combines values with OR inside a facet and AND across facets, and says so', async ({
  dashboard,
  page,
}) => {
  await dashboard.open();
  await expect(page.getByText(/combine with OR/)).toBeVisible();
  await dashboard.checkbox('Region', 'Europe').check();
  await dashboard.checkbox('Region', 'Asia/Pacific').check();
  await expect(dashboard.status).toHaveText('4 of 10 briefings');
  await dashboard.checkbox('Theme', 'Environment').check();
  const shown = (await dashboard.counts()).shown;
  expect(shown).toBeLessThan(4);
  await expect(dashboard.results).toHaveCount(shown);

  await page.getByRole('button', { name: 'Clear all' }).click();
  await expect(dashboard.status).toHaveText('10 of 10 briefings');
  await expect(page).not.toHaveURL(/\?/);
});

test('clicks a bar in the region chart', async ({ dashboard }) => {
  await dashboard.open();
  await dashboard
    .figure('Briefings by WCO region')
    .getByRole('button', { name: /^Filter by Europe: 2 briefings$/ })
    .click();
  await expect(dashboard.status).toHaveText('2 of 10 briefings');
  await expect(dashboard.checkbox('Region', 'Europe')).toBeChecked();
});

test('clicks a matrix cell', async ({ dashboard, page }) => {
  await dashboard.open();
  const cell = dashboard
    .figure('Theme × region coverage')
    .getByRole('button', { name: /^Filter by Environment in Asia\/Pacific: \d+ briefings?$/ });
  const label = (await cell.getAttribute('aria-label')) ?? '';
  const expected = Number(/: (\d+) briefing/.exec(label)?.[1]);
  await expect(cell).toHaveText(String(expected));

  await cell.click();

  await expect(dashboard.status).toHaveText(`${expected} of 10 briefings`);
  await expect(dashboard.results).toHaveCount(expected);
  await expect(page.getByRole('button', { name: 'Remove filter Theme: Environment' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Remove filter Region: Asia/Pacific' })).toBeVisible();
  // Zero cells are shown, not hidden: coverage gaps are the point.
  await expect(
    dashboard.figure('Theme × region coverage').getByRole('cell', { name: '0', exact: true }).first(),
  ).toBeVisible();
});

test('opens a briefing and sees why it is tagged', async ({ dashboard, page }) => {
  await dashboard.open();
  const article = dashboard.results.filter({ hasText: 'Bosnia' });
  const title = (await article.getByRole('heading', { level: 3 }).textContent())?.trim() ?? '';
  await article.getByRole('link', { name: title }).click();

  const dialog = page.getByRole('dialog', { name: title });
  await expect(dialog).toBeVisible();
  await expect(page).toHaveURL(/[?&]open=/);
  const why = dialog.getByRole('region', { name: 'Why is this tagged' });
  await expect(why).toBeVisible();
  // Each tag with the words that made it: the country by name, the region through the country.
  await expect(
    why.getByRole('listitem').filter({ hasText: /^Bosnia and Herzegovina ← .*“Bosnia/ }),
  ).toHaveCount(1);
  await expect(why.getByRole('listitem').filter({ hasText: /^Europe ← / })).toContainText('Bosnia');
  // The words are highlighted in place, in the text itself.
  await expect(dialog.locator('mark', { hasText: 'Bosnia and Herzegovina' }).first()).toBeVisible();

  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(page).not.toHaveURL(/open=/);
});

test('shows what went wrong and a retry when the data file is missing', async ({ dashboard, page }) => {
  await page.route('**/data/corpus.json', (route) => route.fulfill({ status: 404, body: 'Not found' }));
  await page.goto('/');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('could not be loaded', { timeout: 15_000 });
  await expect(alert).toContainText('404');

  await page.unroute('**/data/corpus.json');
  await alert.getByRole('button', { name: 'Retry' }).click();
  await expect(dashboard.status).toHaveText('10 of 10 briefings');
});

test('says the data file is corrupt instead of showing a blank page', async ({ page }) => {
  await page.route('**/data/corpus.json', (route) =>
    route.fulfill({
      status: 200,
      contentType: 'application/json',
      body: '{"format":"briefing-atlas/corpus","brief',
    }),
  );
  await page.goto('/');
  await expect(page.getByRole('alert')).toContainText('not valid JSON', { timeout: 15_000 });
  await expect(page.getByRole('alert').getByRole('button', { name: 'Retry' })).toBeVisible();
});
