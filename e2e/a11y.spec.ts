import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test, type Dashboard } from './fixtures';

/**
 * One test per page state: each one gets to its state and runs axe once. An axe run takes seconds on a busy
 * machine, so several in one test ran past the 30 s test timeout.
 */
async function expectNoSeriousViolations(page: Page) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
    .analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(
    serious.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join('; ')})`),
  ).toEqual([]);
}

/** The dashboard in the emulated colour scheme, its theme following it. */
async function openDashboard(dashboard: Dashboard, colorScheme: 'light' | 'dark', path?: string) {
  await dashboard.page.emulateMedia({ colorScheme });
  await dashboard.open(path);
  await expect(dashboard.page.locator('html')).toHaveAttribute('data-theme', colorScheme);
}

/** Europe ticked and the theme chart shown as its table. */
async function openFiltered(dashboard: Dashboard, colorScheme: 'light' | 'dark') {
  await openDashboard(dashboard, colorScheme);
  await dashboard.checkbox('Region', 'Europe').check();
  await dashboard.chartTable('Briefings by theme');
}

/** The map coloured by region, over a search. */
async function openMap(dashboard: Dashboard, colorScheme: 'light' | 'dark') {
  await openDashboard(dashboard, colorScheme, '/?map=region&q=customs');
  await expect(
    dashboard.figure('Map of briefings').getByRole('group', { name: 'World map by WCO region' }),
  ).toBeVisible();
}

/** The presentation of the map view, at its first slide. */
async function openPresentation(dashboard: Dashboard, colorScheme: 'light' | 'dark') {
  await openMap(dashboard, colorScheme);
  await dashboard.page.getByRole('button', { name: 'Present' }).click();
  const presentation = dashboard.page.getByRole('region', { name: 'Presentation' });
  await expect(presentation).toBeVisible();
  return presentation;
}

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`passes axe in ${colorScheme} mode`, () => {
    // One axe pass over the whole page takes 15–20 s on two busy cores (measured while another worker ran);
    // the default 30 s left too little room for the clicks that reach the state.
    test.describe.configure({ timeout: 60_000 });
    test('the dashboard', async ({ dashboard, page }) => {
      await openDashboard(dashboard, colorScheme);
      await expectNoSeriousViolations(page);
    });

    test('filtered, with a chart shown as a table', async ({ dashboard, page }) => {
      await openFiltered(dashboard, colorScheme);
      await expectNoSeriousViolations(page);
    });

    test('a briefing open', async ({ dashboard, page }) => {
      await openFiltered(dashboard, colorScheme);
      await dashboard.results.first().getByRole('link').click();
      await expect(page.getByRole('dialog')).toBeVisible();
      await expectNoSeriousViolations(page);
    });

    test('a briefing being corrected: a tag removed, its reason being typed, a country being picked', async ({
      dashboard,
      page,
    }) => {
      await openDashboard(dashboard, colorScheme);
      const title = 'WCO Aids Bosnia in Ecommerce Customs Reform';
      await dashboard.results.filter({ hasText: title }).getByRole('link', { name: title }).click();
      const why = page
        .getByRole('dialog', { name: title })
        .getByRole('region', { name: 'Why is this tagged' });
      await why.getByRole('button', { name: 'Not right: Bosnia and Herzegovina' }).click();
      await why.getByRole('button', { name: 'Remove Bosnia and Herzegovina' }).click();
      await expect(why.getByRole('button', { name: 'Undo: Bosnia and Herzegovina removed' })).toBeVisible();
      await why.getByRole('button', { name: 'Not right: E-commerce' }).click();
      await why.getByRole('button', { name: 'Add a country…' }).click();
      await why.getByRole('combobox', { name: 'Find a country to add' }).fill('bel');
      await expect(why.getByRole('option').first()).toBeVisible();
      await expectNoSeriousViolations(page);
    });

    test('the corrections dialog, after an import', async ({ dashboard, page }) => {
      await openDashboard(dashboard, colorScheme);
      await page.getByRole('button', { name: /^Corrections/ }).click();
      const dialog = page.getByRole('dialog', { name: 'Corrections' });
      await dialog.getByLabel('Import corrections').setInputFiles({
        name: 'corrections.json',
        mimeType: 'application/json',
        buffer: Buffer.from(
          JSON.stringify({
            format: 'briefing-atlas/corrections',
            version: 1,
            corrections: [
              {
                briefingId: 'b71fbedf135d7f285',
                kind: 'countries',
                tagId: 'BIH',
                action: 'remove',
                at: '2026-03-01',
              },
              {
                briefingId: 'b0000000000000000',
                kind: 'regions',
                tagId: 'EUR',
                action: 'remove',
                at: '2026-03-01',
              },
            ],
          }),
        ),
      });
      await expect(dialog.getByRole('region', { name: 'Import report' })).toBeVisible();
      await expectNoSeriousViolations(page);
    });

    test('the map by region', async ({ dashboard, page }) => {
      await openMap(dashboard, colorScheme);
      await expectNoSeriousViolations(page);
    });

    test('the import dialog', async ({ dashboard, page }) => {
      await openMap(dashboard, colorScheme);
      await page.getByRole('button', { name: 'Import briefings' }).click();
      const dialog = page.getByRole('dialog', { name: 'Import briefings' });
      await expect(dialog).toBeVisible();
      await expectNoSeriousViolations(page);
      await dialog.getByRole('button', { name: 'Close' }).click();
      await expect(dialog).toBeHidden();
    });

    test('the saved-views dialog', async ({ dashboard, page }) => {
      await openMap(dashboard, colorScheme);
      await page.getByRole('button', { name: /^Saved views/ }).click();
      const dialog = page.getByRole('dialog', { name: 'Saved views' });
      await expect(dialog).toBeVisible();
      await expectNoSeriousViolations(page);
      await dialog.getByRole('button', { name: 'Close' }).click();
      await expect(dialog).toBeHidden();
    });

    test('the presentation, first slide', async ({ dashboard, page }) => {
      await openPresentation(dashboard, colorScheme);
      await expectNoSeriousViolations(page);
    });

    test('the presentation, last slide', async ({ dashboard, page }) => {
      const presentation = await openPresentation(dashboard, colorScheme);
      const counter = presentation.getByText(/^Slide \d+ \/ \d+$/);
      await expect(counter).toHaveText(/^Slide 1 \/ \d+$/);
      const total = Number((await counter.textContent())!.split('/')[1]);
      await page.keyboard.press('End');
      await expect(counter).toHaveText(`Slide ${total} / ${total}`);
      await expectNoSeriousViolations(page);
    });
  });
}

test('switches the theme and remembers it', async ({ dashboard, page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await dashboard.open();
  await page.getByRole('combobox', { name: 'Appearance' }).selectOption('dark');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(page.getByRole('combobox', { name: 'Appearance' })).toHaveValue('dark');
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
