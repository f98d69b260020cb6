import { expect, test } from './fixtures';

const TECH = 'WCO Adopts Disruptive Tech to Modernize Global Trade';
const DISASTER = 'WCO Speeds Up Disaster Aid After Earthquakes Floods';

const searchbox = (page: import('@playwright/test').Page) =>
  page.getByRole('search').getByRole('searchbox', { name: 'Search briefings' });

test('a word typed in one form finds the briefings that use another, and marks their form', async ({
  dashboard,
  page,
}) => {
  await dashboard.open();
  // "adopting": no briefing has it, nor a word it starts or nearly spells; "Adopts" shares its stem.
  await searchbox(page).fill('adopting ');
  const article = dashboard.results.filter({ has: page.getByRole('heading', { name: TECH }) });
  await expect(article).toBeVisible();
  await expect(article.getByRole('heading', { name: TECH }).locator('mark')).toHaveText(['Adopts']);
  await expect(page.getByText(/^No briefing has all of/)).toHaveCount(0);
  const { shown } = await dashboard.counts();
  expect(shown).toBeGreaterThanOrEqual(1);
  await expect(dashboard.results).toHaveCount(shown);
});

test('two words no briefing has together show the briefings with some of them, and say so', async ({
  dashboard,
  page,
}) => {
  await dashboard.open();
  await searchbox(page).fill('blockchain earthquakes ');
  await expect(
    page.getByText('No briefing has all of: blockchain, earthquakes — 2 have some of them'),
  ).toBeVisible();
  // The status line, the list and the charts follow the briefings shown.
  await expect(dashboard.status).toHaveText('2 of 10 briefings');
  await expect(dashboard.results).toHaveCount(2);
  expect((await dashboard.results.getByRole('heading').allTextContents()).sort()).toEqual(
    [TECH, DISASTER].sort(),
  );
  const regions = await dashboard.chartTable('Briefings by WCO region');
  expect(Math.max(...Object.values(regions))).toBeLessThanOrEqual(2);

  // With one of the words left, a briefing has all of the query again: no partial match, nothing to explain.
  await searchbox(page).fill('blockchain ');
  await expect(page.getByText(/^No briefing has all of/)).toHaveCount(0);
  await expect(dashboard.results.first().getByRole('heading')).toHaveText(TECH);
});
