import { expect, test } from './fixtures';
import { generateBriefingText } from '../src/core/corpus';

const TWO_BRIEFINGS = `WCO Supports Kenya in Revenue Reform

WCO Supports Kenya in Revenue Reform

The World Customs Organization supported the Kenya Revenue Authority with a workshop on customs valuation and tobacco smuggling. Officers reviewed risk management practices.

Ghana Customs Join Operation Demeter

Ghana Customs took part in Operation Demeter against illegal waste shipments under the Basel Convention. Several containers were seized in Tema.
`;

const file = (name: string, text: string | Buffer, mimeType = 'text/plain') => ({
  name,
  mimeType,
  buffer: typeof text === 'string' ? Buffer.from(text) : text,
});

test('imports a text file, keeps it after a reload, and resets to the bundled corpus', async ({
  dashboard,
  page,
}) => {
  await dashboard.open();
  await page.getByRole('button', { name: 'Import briefings' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import briefings' });
  await dialog.getByLabel('Choose files').setInputFiles(file('week-48.txt', TWO_BRIEFINGS));
  await expect(dialog.getByRole('status')).toHaveText(
    /Read 2 briefings from week-48\.txt: 2 added, 0 duplicates merged\./,
  );
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dashboard.status).toHaveText('12 of 12 briefings');
  await expect(dashboard.checkbox('Country', 'Kenya')).toBeVisible();
  await expect(dashboard.checkbox('Programme', 'Operation Demeter')).toBeVisible();

  await page.reload();
  await expect(dashboard.status).toHaveText('12 of 12 briefings');
  await expect(page.getByText('(imported, kept in this browser)')).toBeVisible();

  await page.getByRole('button', { name: 'Reset to the bundled corpus' }).click();
  await expect(dashboard.status).toHaveText('10 of 10 briefings');
  await page.reload();
  await expect(dashboard.status).toHaveText('10 of 10 briefings');
});

test('merging the same file again adds nothing', async ({ dashboard, page }) => {
  await dashboard.open();
  const dialog = page.getByRole('dialog', { name: 'Import briefings' });
  for (const expected of [/2 added, 0 duplicates/, /0 added, 2 duplicates/]) {
    await page.getByRole('button', { name: 'Import briefings' }).click();
    await dialog.getByLabel('Choose files').setInputFiles(file('week-48.txt', TWO_BRIEFINGS));
    await expect(dialog.getByRole('status')).toHaveText(expected);
    await dialog.getByRole('button', { name: 'Close' }).click();
  }
  await expect(dashboard.status).toHaveText('12 of 12 briefings');
});

test('shows a hostile file as text and runs nothing from it', async ({ dashboard, page }) => {
  const hostile = JSON.stringify([
    {
      title: '<img src=x onerror="window.__pwned=1"> Customs <script>window.__pwned=2</script>',
      summary: 'A summary with <b>markup</b> and <iframe src="javascript:window.__pwned=3"></iframe> in it.',
      url: 'javascript:window.__pwned=4',
    },
    {
      title: 'A fair title',
      summary: 'A fair summary about customs.',
      url: 'https://www.wcoomd.org/en/media.aspx',
    },
  ]);
  await dashboard.open();
  await page.getByRole('button', { name: 'Import briefings' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import briefings' });
  await dialog.getByLabel('Choose files').setInputFiles(file('hostile.json', hostile, 'application/json'));
  await expect(dialog.getByRole('status')).toHaveText(/2 added/);
  await expect(dialog).toContainText('the link is not an http(s) address');
  await dialog.getByRole('button', { name: 'Close' }).click();

  const heading = page.getByRole('heading', { name: /onerror/ });
  await expect(heading).toHaveText(
    '<img src=x onerror="window.__pwned=1"> Customs <script>window.__pwned=2</script>',
  );
  await heading.getByRole('link').click();
  const detail = page.getByRole('dialog');
  await expect(detail).toContainText('<iframe src="javascript:window.__pwned=3"></iframe>');
  expect(await page.locator('img[src="x"], iframe, b').count()).toBe(0);
  expect(await page.locator('a[href^="javascript:"]').count()).toBe(0);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
});

test('refuses a binary file with an alert and leaves the corpus as it was', async ({ dashboard, page }) => {
  await dashboard.open();
  await page.getByRole('button', { name: 'Import briefings' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import briefings' });
  const png = Buffer.from([
    0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52,
  ]);
  await dialog.getByLabel('Choose files').setInputFiles(file('chart.png', png, 'image/png'));
  await expect(dialog.getByRole('alert')).toContainText('No briefings could be read');
  await expect(dialog.getByRole('alert')).toContainText('chart.png');
  await expect(dialog.getByRole('alert')).toContainText('binary');
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dashboard.status).toHaveText('10 of 10 briefings');
});

test('cancels a large import and keeps the corpus as it was', async ({ dashboard, page }) => {
  await dashboard.open();
  await page.getByRole('button', { name: 'Import briefings' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import briefings' });
  await dialog.getByLabel('Choose files').setInputFiles(file('archive.txt', generateBriefingText(30_000, 7)));
  await expect(dialog.getByRole('progressbar', { name: 'Import progress' })).toBeVisible();
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog.getByRole('progressbar')).toHaveCount(0);
  await expect(dialog.getByRole('status')).toHaveCount(0);
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dashboard.status).toHaveText('10 of 10 briefings');
});
