import { expect, test } from './fixtures';

test('presents the Asia/Pacific view with a clicker and returns to the same view', async ({
  dashboard,
  page,
}) => {
  await dashboard.open('/?region=AP');
  await expect(dashboard.status).toHaveText('2 of 10 briefings');
  await page.getByRole('button', { name: 'Present' }).click();

  const deck = page.getByRole('region', { name: 'Presentation' });
  await expect(deck).toBeVisible();
  const counter = deck.getByText(/^Slide \d+ \/ \d+$/);
  await expect(counter).toHaveText(/^Slide 1 \/ \d+$/);
  const total = Number((await counter.textContent())!.split('/')[1]);
  // Title, summary, six charts (the map among them), then the two key briefings.
  expect(total).toBe(1 + 1 + 6 + 2);
  await expect(deck).toContainText('Region: Asia/Pacific');
  await expect(deck).toContainText('2 of 10 briefings');

  await page.keyboard.press('PageDown');
  await page.keyboard.press('PageDown');
  await expect(counter).toHaveText(`Slide 3 / ${total}`);
  await expect(deck.getByRole('figure', { name: 'Briefings by theme' })).toBeVisible();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Space');
  await expect(counter).toHaveText(`Slide 5 / ${total}`);
  await expect(deck.getByRole('figure', { name: 'Map of briefings' })).toBeVisible();
  await page.keyboard.press('PageUp');
  await expect(counter).toHaveText(`Slide 4 / ${total}`);
  await page.keyboard.press('End');
  await expect(counter).toHaveText(`Slide ${total} / ${total}`);
  await expect(deck.getByRole('article').getByRole('heading')).toHaveText(/Asiapacific/);

  // The slide is in the address: a reload comes back to it.
  await page.reload();
  await expect(page.getByRole('region', { name: 'Presentation' }).getByText(/^Slide \d+ \/ \d+$/)).toHaveText(
    `Slide ${total} / ${total}`,
  );
  await page.keyboard.press('Home');
  await expect(page.getByRole('region', { name: 'Presentation' }).getByText(/^Slide \d+ \/ \d+$/)).toHaveText(
    `Slide 1 / ${total}`,
  );

  await page.keyboard.press('Escape');
  await expect(page.getByRole('region', { name: 'Presentation' })).toHaveCount(0);
  await expect(page).toHaveURL(/\?region=AP$/);
  await expect(dashboard.status).toHaveText('2 of 10 briefings');
});
