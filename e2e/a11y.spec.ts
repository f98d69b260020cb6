import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

async function expectNoSeriousViolations(page: Page) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
    .analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(
    serious.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join('; ')})`),
  ).toEqual([]);
}

for (const colorScheme of ['light', 'dark'] as const) {
  test(`passes axe in ${colorScheme} mode`, async ({ dashboard, page }) => {
    await page.emulateMedia({ colorScheme });
    await dashboard.open();
    await expect(page.locator('html')).toHaveAttribute('data-theme', colorScheme);
    await expectNoSeriousViolations(page);

    await dashboard.checkbox('Region', 'Europe').check();
    await dashboard.chartTable('Briefings by theme');
    await expectNoSeriousViolations(page);

    await dashboard.results.first().getByRole('link').click();
    await expect(page.getByRole('dialog')).toBeVisible();
    await expectNoSeriousViolations(page);
  });
}

test('switches the theme and remembers it', async ({ dashboard, page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await dashboard.open();
  await page.getByRole('combobox', { name: 'Theme' }).selectOption('dark');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(page.getByRole('combobox', { name: 'Theme' })).toHaveValue('dark');
});

test('fits a 360 px phone without sideways scrolling', async ({ dashboard, page }) => {
  await page.setViewportSize({ width: 360, height: 800 });
  await dashboard.open();
  const [scrollWidth, clientWidth] = await page.evaluate(() => [
    document.documentElement.scrollWidth,
    document.documentElement.clientWidth,
  ]);
  expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
  await expect(dashboard.figure('Briefings by theme')).toBeVisible();
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the map, the dialogs and the presentation pass axe in ${colorScheme} mode`, async ({
    dashboard,
    page,
  }) => {
    await page.emulateMedia({ colorScheme });
    await dashboard.open('/?map=region&q=customs');
    await expect(
      dashboard.figure('Map of briefings').getByRole('group', { name: 'World map by WCO region' }),
    ).toBeVisible();
    await expectNoSeriousViolations(page);

    await page.getByRole('button', { name: 'Import briefings' }).click();
    await expect(page.getByRole('dialog', { name: 'Import briefings' })).toBeVisible();
    await expectNoSeriousViolations(page);
    await page
      .getByRole('dialog', { name: 'Import briefings' })
      .getByRole('button', { name: 'Close' })
      .click();

    await page.getByRole('button', { name: /^Saved views/ }).click();
    await expect(page.getByRole('dialog', { name: 'Saved views' })).toBeVisible();
    await expectNoSeriousViolations(page);
    await page.getByRole('dialog', { name: 'Saved views' }).getByRole('button', { name: 'Close' }).click();

    await page.getByRole('button', { name: 'Present' }).click();
    await expect(page.getByRole('region', { name: 'Presentation' })).toBeVisible();
    await expectNoSeriousViolations(page);
    await page.keyboard.press('End');
    await expectNoSeriousViolations(page);
  });
}
