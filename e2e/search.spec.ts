import { expect, test } from './fixtures';

const CROSSBORDER = 'WCO and OIE Partner to Boost Crossborder Trade Safety';
const ECOMMERCE = 'WCO Aids Bosnia in Ecommerce Customs Reform';
const KOSOVO = 'WCO Boosts Trade Control Enforcement in Albania Kosovo';

const searchbox = (page: import('@playwright/test').Page) =>
  page.getByRole('search').getByRole('searchbox', { name: 'Search briefings' });

test('finds a mangled compound, marks the words and updates the counts', async ({ dashboard, page }) => {
  await dashboard.open();
  const before = await dashboard.counts();

  await searchbox(page).fill('cross-border');

  const article = dashboard.results.filter({ has: page.getByRole('heading', { name: CROSSBORDER }) });
  await expect(article).toBeVisible();
  await expect(article.getByRole('heading', { name: CROSSBORDER }).locator('mark')).toHaveText([
    'Crossborder',
  ]);
  await expect(dashboard.status).not.toHaveText(`${before.total} of ${before.total} briefings`);
  const { shown, total } = await dashboard.counts();
  expect(total).toBe(before.total);
  expect(shown).toBeGreaterThanOrEqual(1);
  await expect(dashboard.results).toHaveCount(shown);
  // Search narrows the charts like any filter: the region chart counts only the matching briefings.
  const regions = await dashboard.chartTable('Briefings by WCO region');
  expect(Math.max(...Object.values(regions))).toBeLessThanOrEqual(shown);
});

test('typed key by key, a query of several words keeps its spaces', async ({ dashboard, page }) => {
  await dashboard.open();
  await searchbox(page).pressSequentially('trade control enforcement');
  await expect(searchbox(page)).toHaveValue('trade control enforcement');
  await expect(page).toHaveURL(/[?&]q=trade\+control\+enforcement(&|$)/);
  await expect(dashboard.results.first().getByRole('heading')).toHaveText(KOSOVO);
});

test('the query lives in the URL and survives a reload', async ({ dashboard, page }) => {
  await dashboard.open();
  await searchbox(page).fill('ecommerce');
  await expect(page).toHaveURL(/[?&]q=ecommerce(&|$)/);
  await expect(dashboard.results.first().getByRole('heading')).toHaveText(ECOMMERCE);
  const { shown } = await dashboard.counts();

  await page.reload();
  await expect(searchbox(page)).toHaveValue('ecommerce');
  await expect(dashboard.status).toHaveText(`${shown} of 10 briefings`);
  await expect(dashboard.results.first().getByRole('heading')).toHaveText(ECOMMERCE);
});

test('slash focuses the search box and Escape clears it', async ({ dashboard, page }) => {
  await dashboard.open();
  await page.getByRole('main').click({ position: { x: 1, y: 1 } });
  await page.keyboard.press('/');
  await expect(searchbox(page)).toBeFocused();

  await page.keyboard.type('kos');
  await expect(dashboard.results.first().getByRole('heading')).toHaveText(KOSOVO);
  await expect(dashboard.results.first().getByRole('heading').locator('mark')).toHaveText(['Kosovo']);

  // The first Escape closes the suggestions, the next clears the query.
  await page.keyboard.press('Escape');
  await page.keyboard.press('Escape');
  await expect(searchbox(page)).toHaveValue('');
  await expect(dashboard.status).toHaveText('10 of 10 briefings');
  await expect(page).not.toHaveURL(/[?&]q=/);
});

test('picks a suggested country, which becomes a filter', async ({ dashboard, page }) => {
  await dashboard.open();
  await searchbox(page).fill('herz');
  const option = page.getByRole('listbox', { name: 'Suggestions' }).getByRole('option').first();
  await expect(option).toContainText('Herzegovina');
  await searchbox(page).press('ArrowDown');
  await expect(option).toHaveAttribute('aria-selected', 'true');
  await searchbox(page).press('Enter');
  // The half-typed word leaves the query and the country becomes a filter, in the URL like any other.
  await expect(searchbox(page)).toHaveValue('');
  await expect(page).toHaveURL(/[?&]country=BIH(&|$)/);
  await expect(page.getByRole('status')).toHaveText('1 of 10 briefings');
  await expect(dashboard.results.first().getByRole('heading')).toHaveText(ECOMMERCE);
});

test('a typo and an exclusion still find what is meant', async ({ dashboard, page }) => {
  await dashboard.open();
  await searchbox(page).fill('disater');
  await expect(dashboard.status).toHaveText('1 of 10 briefings');
  await searchbox(page).fill('customs -pandemic');
  await expect(dashboard.results.filter({ hasText: 'Global Leaders Urge Cooperation' })).toHaveCount(0);
});
