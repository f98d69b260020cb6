import { expect, test } from './fixtures';

test('reloads and pastes the link and gets the same view', async ({ dashboard, page, browser }) => {
  await dashboard.open();
  await dashboard.checkbox('Region', 'Europe').check();
  await expect(dashboard.status).toHaveText('2 of 10 briefings');
  const article = dashboard.results.filter({ hasText: 'Albania' });
  const title = (await article.getByRole('heading', { level: 3 }).textContent())?.trim() ?? '';
  await article.getByRole('link', { name: title }).click();
  await expect(page.getByRole('dialog', { name: title })).toBeVisible();
  const link = page.url();

  await page.reload();
  await expect(page.getByRole('dialog', { name: title })).toBeVisible();
  await expect(dashboard.status).toHaveText('2 of 10 briefings');
  await expect(dashboard.checkbox('Region', 'Europe')).toBeChecked();

  // A colleague opens the pasted link in a fresh browser.
  const colleague = await browser.newPage();
  await colleague.goto(link);
  await expect(colleague.getByRole('dialog', { name: title })).toBeVisible();
  await expect(colleague.getByRole('status')).toHaveText('2 of 10 briefings');
  await colleague.close();
});

test('goes back and forward through the views', async ({ dashboard, page }) => {
  await dashboard.open();
  await dashboard.checkbox('Region', 'Europe').check();
  await expect(dashboard.status).toHaveText('2 of 10 briefings');
  await dashboard.checkbox('Country', 'Albania').check();
  await expect(dashboard.status).toHaveText('1 of 10 briefings');

  await page.goBack();
  await expect(dashboard.status).toHaveText('2 of 10 briefings');
  await expect(dashboard.checkbox('Country', 'Albania')).not.toBeChecked();
  await page.goBack();
  await expect(dashboard.status).toHaveText('10 of 10 briefings');
  await page.goForward();
  await expect(dashboard.status).toHaveText('2 of 10 briefings');
  await expect(dashboard.checkbox('Region', 'Europe')).toBeChecked();
});

test('survives garbage in the URL', async ({ dashboard, page }) => {
  await dashboard.open('/?zoom=3&region=Atlantis&open=no-such-briefing&q=%00&%E0%A4%A=1&theme=');
  const notice = page.getByRole('alert');
  await expect(notice).toContainText('not understood');
  await expect(notice).toContainText('zoom');
  await expect(notice).toContainText('Atlantis');
  await expect(notice).toContainText('no-such-briefing');
  await expect(dashboard.status).toHaveText('10 of 10 briefings');
  await expect(page.getByRole('dialog')).toHaveCount(0);

  await notice.getByRole('button', { name: 'Dismiss' }).click();
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expect(page).not.toHaveURL(/\?/);
});

test('keeps the good part of a half-broken link', async ({ dashboard, page }) => {
  await dashboard.open('/?utm_source=mail');
  await dashboard.checkbox('Region', 'Europe').check();
  const good = new URL(page.url()).search;
  await dashboard.open(`/${good}&bogus=1`);
  await expect(page.getByRole('alert')).toContainText('bogus');
  await expect(dashboard.status).toHaveText('2 of 10 briefings');
});
