import { expect, test } from './fixtures';
import type { Page } from '@playwright/test';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

/** Whether anything on the page, or inside `selector`, is wider than its box (a sideways scroll). */
const scrollsSideways = (page: Page) =>
  page.evaluate(() => {
    const root = document.documentElement;
    const dialog = document.querySelector('dialog[open]');
    return root.scrollWidth > root.clientWidth || (dialog ? dialog.scrollWidth > dialog.clientWidth : false);
  });

test('a briefing with a 10,000-character word opens without sideways scroll', async ({ dashboard, page }) => {
  const word = 'Trans' + 'shipment'.repeat(1250);
  const title = `Border agencies meet on ${word.slice(0, 600)}`;
  const briefings = [
    { title, summary: `Customs officers discussed ${word} at a regional workshop on risk management.` },
  ];
  await dashboard.open();
  await page.getByRole('button', { name: 'Import briefings' }).click();
  const importDialog = page.getByRole('dialog', { name: 'Import briefings' });
  await importDialog.getByLabel('Choose files').setInputFiles({
    name: 'long-word.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(briefings)),
  });
  // The import loads the tagger in a worker first: on a busy machine that takes longer than a click.
  await expect(importDialog.getByRole('status')).toHaveText(/1 added/, { timeout: 30_000 });
  await importDialog.getByRole('button', { name: 'Close' }).click();

  const card = dashboard.results.filter({ hasText: 'Border agencies meet' });
  await expect(card).toBeVisible();
  expect(await scrollsSideways(page)).toBe(false);

  await card.getByRole('link', { name: /^Border agencies meet/ }).click();
  const detail = page.getByRole('dialog', { name: /^Border agencies meet/ });
  await expect(detail).toBeVisible();
  await expect(detail.getByRole('heading', { level: 2 })).toBeInViewport();
  await expect(detail.getByRole('button', { name: 'Close' })).toBeInViewport();
  expect(await scrollsSideways(page)).toBe(false);
});

test('a link whose query is not valid percent-encoding gets the notice', async ({ dashboard, page }) => {
  await dashboard.open('/?q=%E0%A4%A');
  const notice = page.getByRole('alert');
  await expect(notice).toContainText('not understood');
  await expect(notice).toContainText('q=%E0%A4%A');
  await expect(dashboard.status).toHaveText('10 of 10 briefings');
  await expect(page.getByRole('search').getByRole('searchbox', { name: 'Search briefings' })).toHaveValue('');
});

test('a link of 64 KB opens', async ({ dashboard, page }) => {
  await dashboard.open(`/?region=EUR&utm_note=${'a'.repeat(64 * 1024)}`);
  await expect(dashboard.status).toHaveText('2 of 10 briefings');
  await expect(page.getByRole('alert')).toContainText('utm_note');
});

test('the served app sends its policy as headers', async ({ page }) => {
  const response = await page.goto('/');
  const headers = response!.headers();
  const meta = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(headers['content-security-policy']).toBe(`${meta}; frame-ancestors 'none'`);
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['referrer-policy']).toBe('no-referrer');
});

test('another site cannot frame the app', async ({ page, baseURL }) => {
  // Another origin on this machine (a page from the public web may not frame a local address at all).
  const framer = createServer((_req, res) => {
    res.setHeader('Content-Type', 'text/html');
    res.end(`<!doctype html><title>Framer</title><iframe title="Briefing Atlas" src="${baseURL}/"></iframe>`);
  });
  await new Promise<void>((resolve) => framer.listen(0, '127.0.0.1', resolve));
  const refusals: string[] = [];
  page.on('console', (message) => {
    if (/frame-ancestors/.test(message.text())) refusals.push(message.text());
  });
  try {
    await page.goto(`http://127.0.0.1:${(framer.address() as AddressInfo).port}/`);
    await expect.poll(() => refusals.length).toBeGreaterThan(0);
    expect(refusals[0]).toContain("frame-ancestors 'none'");
    await expect(
      page.frameLocator('iframe').getByRole('searchbox', { name: 'Search briefings' }),
    ).toHaveCount(0);
  } finally {
    framer.close();
  }
});
