import { expect, test } from './fixtures';

test('saves views, keeps them after a reload, and presents them as a deck in the chosen order', async ({
  dashboard,
  page,
}) => {
  const dialog = page.getByRole('dialog', { name: 'Saved views' });
  const list = dialog.getByRole('list', { name: 'Saved views' });

  await dashboard.open('/?region=EUR');
  await page.getByRole('button', { name: /^Saved views/ }).click();
  await expect(dialog.getByLabel('Name this view')).toHaveValue('Region: Europe');
  await dialog.getByLabel('Name this view').fill('The Balkans');
  await dialog.getByRole('button', { name: 'Save this view' }).click();
  await dialog.getByRole('button', { name: 'Close' }).click();

  await dashboard.open('/?region=AP');
  await page.getByRole('button', { name: /^Saved views/ }).click();
  await dialog.getByRole('button', { name: 'Save this view' }).click();
  await expect(list.getByRole('listitem')).toHaveCount(2);
  await dialog.getByRole('button', { name: 'Rename Region: Asia/Pacific' }).click();
  await dialog.getByLabel('New name for Region: Asia/Pacific').fill('Plastic waste in Asia');
  await dialog.getByRole('button', { name: 'Save name' }).click();
  await dialog.getByRole('button', { name: 'Move Plastic waste in Asia up' }).click();
  await expect(list.getByRole('listitem').first()).toContainText('Plastic waste in Asia');
  await dialog.getByRole('button', { name: 'Close' }).click();

  await page.reload();
  await page.getByRole('button', { name: 'Saved views (2)' }).click();
  await expect(list.getByRole('listitem')).toHaveText([/Plastic waste in Asia/, /The Balkans/]);
  await dialog.getByRole('button', { name: 'Open The Balkans' }).click();
  await expect(page).toHaveURL(/\?region=EUR$/);
  await expect(dashboard.status).toHaveText('2 of 10 briefings');

  await page.getByRole('button', { name: 'Saved views (2)' }).click();
  await dialog.getByRole('button', { name: 'Present the deck (2 views)' }).click();
  const deck = page.getByRole('region', { name: 'Presentation' });
  await expect(deck.getByRole('heading', { level: 2 })).toHaveText('Plastic waste in Asia');
  const counter = deck.getByText(/^Slide \d+ \/ \d+$/);
  const total = Number((await counter.textContent())!.split('/')[1]);
  // Each view: a title slide, a summary, the charts, and its key briefings (two each here).
  expect(total).toBe(2 * (1 + 1 + 6 + 2));
  await page.keyboard.press('End');
  await page.keyboard.press('PageUp');
  await page.keyboard.press('PageUp');
  await expect(deck.getByRole('article')).toHaveCount(0);
  await page.keyboard.press('Escape');
  await expect(page).toHaveURL(/\?region=EUR$/);

  await page.getByRole('button', { name: 'Saved views (2)' }).click();
  await dialog.getByRole('button', { name: 'Delete The Balkans' }).click();
  await expect(list.getByRole('listitem')).toHaveCount(1);
});
