import { expect, test } from './fixtures';

test('Sorting by title reorders the list and lives in the URL', async ({ dashboard, page }) => {
  await dashboard.open('/');
  const results = page.getByRole('region', { name: 'Results' });
  await expect(results.getByRole('heading', { name: 'Results (10)' })).toBeVisible();
  const titles = () => dashboard.results.getByRole('heading').allTextContents();
  const before = await titles();
  const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });
  const alphabetical = [...before].sort(collator.compare);
  expect(before).not.toEqual(alphabetical);

  const sort = results.getByRole('combobox', { name: 'Sort by' });
  // No query, so no rank: the first choice is the corpus's own order, and the seed has no dates to sort by.
  await expect(sort.getByRole('option')).toHaveText(['Corpus order', 'Title (A–Z)']);
  await sort.selectOption({ label: 'Title (A–Z)' });
  await expect(page).toHaveURL(/[?&]sort=title(&|$)/);
  await expect.poll(titles).toEqual(alphabetical);

  await page.reload();
  await expect(sort).toHaveValue('title');
  await expect.poll(titles).toEqual(alphabetical);

  // Back returns to the order before.
  await page.goBack();
  await expect(page).not.toHaveURL(/sort=/);
  await expect.poll(titles).toEqual(before);
});

test('The table view lists title, date, regions and themes, and is kept in the URL', async ({
  dashboard,
  page,
}) => {
  await dashboard.open('/?region=AP');
  const results = page.getByRole('region', { name: 'Results' });
  await results.getByRole('button', { name: 'Table' }).click();
  await expect(page).toHaveURL(/[?&]list=table(&|$)/);
  const table = results.getByRole('table');
  await expect(table.getByRole('columnheader')).toHaveText(['Title', 'Date', 'Regions', 'Themes']);
  await expect(table.getByRole('row')).toHaveCount(1 + 2);
  await expect(table.getByRole('row').nth(1)).toContainText('Asia/Pacific');
  await expect(results.getByRole('button', { name: 'Table' })).toHaveAttribute('aria-pressed', 'true');

  // A title in the table opens the briefing, as on a card.
  const first = table.getByRole('rowheader').first().getByRole('link');
  const title = (await first.textContent())!.trim();
  await first.click();
  await expect(page.getByRole('dialog', { name: title })).toBeVisible();
});

test('A search with no result names the query and offers the way back', async ({ dashboard, page }) => {
  await dashboard.open('/?region=AP&q=zzxqv');
  const results = page.getByRole('region', { name: 'Results' });
  await expect(results).toContainText('No briefing matches “zzxqv”.');
  await results.getByRole('button', { name: 'Clear the search' }).click();
  await expect(page).toHaveURL(/\?region=AP$/);
  await expect(dashboard.results).toHaveCount(2);
});
