import { expect, test } from './fixtures';

test('the print pack of a 2-briefing view is two A4 pages with no buttons, its charts and its briefings', async ({
  dashboard,
  page,
}) => {
  await dashboard.open('/?region=AP');
  await expect(
    dashboard.figure('Map of briefings').getByRole('group', { name: 'World map by country' }),
  ).toBeVisible();

  const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
  const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? [];
  expect(pages).toHaveLength(2);

  // What the printer gets: the pack alone, nothing to press.
  await page.emulateMedia({ media: 'print' });
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  const pack = page.locator('.print-pack');
  await expect(pack).toBeVisible();
  await expect(pack).toContainText('Region: Asia/Pacific');
  await expect(pack).toContainText('2 of 10 briefings match the view.');
  expect(await pack.locator('svg').count()).toBeGreaterThanOrEqual(6);
  await expect(pack.locator('table tbody tr')).toHaveCount(2);
  const visibleButtons = await page
    .locator('button, select, input')
    .evaluateAll(
      (all) =>
        all.filter((e) => (e as HTMLElement).offsetParent !== null || e.getClientRects().length > 0).length,
    );
  expect(visibleButtons).toBe(0);
});
