import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { BrowserContext, Page } from '@playwright/test';
import { OFFLINE_FILE_NAME, renderDataBlock } from '../scripts/vite-plugin-offline-file';
import { expect, test } from './fixtures';

/** The file `npm run build` leaves for a USB stick, opened the way a double-click opens it. */
const offlineFile = new URL(`../dist/${OFFLINE_FILE_NAME}`, import.meta.url);

test.beforeEach(() => {
  const path = fileURLToPath(offlineFile);
  expect(existsSync(path), `${path} is missing: run \`npm run build\``).toBe(true);
});

const searchbox = (page: Page) =>
  page.getByRole('search').getByRole('searchbox', { name: 'Search briefings' });

/** Blocks every request that is not the file itself, and records what the page tried and what the policy refused. */
async function cutTheNetwork(context: BrowserContext, page: Page) {
  const escaped: string[] = [];
  const problems: string[] = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith('file:')) return route.continue();
    escaped.push(url);
    return route.abort('internetdisconnected');
  });
  await context.setOffline(true);
  context.on('request', (request) => {
    if (!/^(file|data|blob):/.test(request.url())) escaped.push(request.url());
  });
  await page.addInitScript(() => {
    document.addEventListener(
      'securitypolicyviolation',
      (event) =>
        console.error(
          `CSP violation: ${event.violatedDirective} ${event.blockedURI} ${event.lineNumber}:${event.columnNumber} ${event.sample}`,
        ),
      true,
    );
  });
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(error.message));
  return { escaped, problems };
}

test('Opens the offline file from disk with no network and filters the seed corpus', async ({
  context,
  page,
  dashboard,
}) => {
  const { escaped, problems } = await cutTheNetwork(context, page);

  await page.goto(offlineFile.href);
  await expect(dashboard.status).toHaveText('10 of 10 briefings');

  await dashboard.checkbox('Region', 'Europe').check();
  await expect(dashboard.status).toHaveText('2 of 10 briefings');
  await expect(page).toHaveURL(/^file:.*\?.+/);

  // The view lives in the query string even on file://, so a reload keeps it.
  await page.reload();
  await expect(dashboard.status).toHaveText('2 of 10 briefings');
  await expect(dashboard.checkbox('Region', 'Europe')).toBeChecked();
  await dashboard.checkbox('Region', 'Europe').uncheck();
  await expect(dashboard.status).toHaveText('10 of 10 briefings');

  await searchbox(page).fill('ecommerce');
  await expect(dashboard.results.first().getByRole('heading')).toHaveText(
    'WCO Aids Bosnia in Ecommerce Customs Reform',
  );

  const map = dashboard.figure('Map of briefings');
  await expect(map.getByRole('group', { name: /^World map by/ })).toBeVisible();
  expect(await map.locator('svg path').count()).toBeGreaterThan(100);

  // Exports are made in the page (blob: URLs, a canvas for the PNG), which the policy allows.
  for (const name of ['Download Map of briefings as PNG', /^Download .+ as CSV$/]) {
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name }).first().click();
    expect(await (await download).failure()).toBeNull();
  }

  expect(escaped, 'requests that left the file').toEqual([]);
  expect(problems, 'console errors and policy violations').toEqual([]);
});

test('Imports pasted briefings in the offline file, with no worker', async ({ context, page, dashboard }) => {
  const { escaped, problems } = await cutTheNetwork(context, page);
  await page.goto(offlineFile.href);
  await expect(dashboard.status).toHaveText('10 of 10 briefings');

  await page.getByRole('button', { name: 'Import briefings' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import briefings' });
  await dialog
    .getByLabel('Or paste briefings')
    .fill(
      'Customs in Ruritania\n\nCustoms in Ruritania\n\nThe Ruritanian customs administration joined a WCO capacity-building programme in Europe.\n',
    );
  await dialog.getByRole('button', { name: 'Import pasted text' }).click();
  await expect(dialog.getByRole('status')).toContainText('1 added');
  await dialog.getByRole('button', { name: 'Close' }).click();

  await expect(dashboard.status).toHaveText('11 of 11 briefings');
  // The imported corpus gets its search index built on the page.
  await searchbox(page).fill('ruritania');
  await expect(dashboard.results.first().getByRole('heading')).toHaveText('Customs in Ruritania');

  expect(escaped, 'requests that left the file').toEqual([]);
  expect(problems, 'console errors and policy violations').toEqual([]);
});

test('A hostile briefing title cannot break out of the embedded data', async ({ page }) => {
  const corpus = {
    briefings: [{ title: '</script><script>window.pwned = true</script><!-- <script>', summary: '<\u2028>' }],
  };
  await page.setContent(
    `<!doctype html><body>${renderDataBlock('corpus.json', JSON.stringify(corpus))}<p>After the data</p></body>`,
  );
  await expect(page.getByText('After the data')).toBeVisible();
  expect(await page.locator('script').count()).toBe(1);
  expect(await page.evaluate(() => 'pwned' in window)).toBe(false);
  const read = await page.evaluate(() =>
    JSON.parse(document.getElementById('data/corpus.json')!.textContent!),
  );
  expect(read).toEqual(corpus);
});
