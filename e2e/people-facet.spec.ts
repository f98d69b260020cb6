import { expect, test } from './fixtures';

test('The People facet filters briefings by the person named', async ({ dashboard, page }) => {
  await dashboard.open('/');
  const person = dashboard.checkbox('Person', 'Kunio Mikuriya');
  const count = await dashboard.facetCount('Person', 'Kunio Mikuriya');
  expect(count).toBeGreaterThan(0);
  await person.check();

  await expect(page).toHaveURL(/\?person=kunio-mikuriya$/);
  await expect(dashboard.status).toHaveText(new RegExp(`^${count} of \\d+ briefings$`));
  await expect(dashboard.results).toHaveCount(count);
  await expect(dashboard.results.first()).toContainText('Kunio Mikuriya');

  await page.reload();
  await expect(dashboard.checkbox('Person', 'Kunio Mikuriya')).toBeChecked();
});
