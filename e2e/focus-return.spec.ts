import { expect, test } from './fixtures';

test('Leaving the presentation with Escape puts focus back on the Present button', async ({
  dashboard,
  page,
}) => {
  await dashboard.open('/');
  const present = page.getByRole('button', { name: 'Present', exact: true });
  await present.click();
  await expect(page.getByRole('region', { name: 'Presentation' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('region', { name: 'Presentation' })).toHaveCount(0);
  await expect(present).toBeFocused();
});

test('Skip links, first in the tab order, lead to the filters and the results', async ({
  dashboard,
  page,
}) => {
  await dashboard.open('/');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to main content' })).toBeFocused();
  await page.keyboard.press('Tab');
  const toFilters = page.getByRole('link', { name: 'Skip to filters' });
  await expect(toFilters).toBeFocused();
  await expect(toFilters).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('region', { name: 'Filters' })).toBeFocused();

  await dashboard.open('/');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to results' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('region', { name: 'Results' })).toBeFocused();
});
