import { expect, test } from './fixtures';

test('A tag chip on a result filters by that tag, and a second click undoes it', async ({
  dashboard,
  page,
}) => {
  await dashboard.open('/');
  const { total } = await dashboard.counts();
  const results = page.getByRole('region', { name: 'Results' });
  const chip = results.getByRole('button', { name: 'Filter by Asia/Pacific', exact: true }).first();
  await expect(chip).toHaveAttribute('aria-pressed', 'false');
  await chip.click();

  await expect(page).toHaveURL(/\?region=AP$/);
  await expect(dashboard.status).toHaveText(`2 of ${total} briefings`);
  await expect(results.getByRole('heading', { name: 'Results (2)' })).toBeVisible();
  const pressed = results.getByRole('button', { name: 'Filter by Asia/Pacific', exact: true }).first();
  await expect(pressed).toHaveAttribute('aria-pressed', 'true');

  await pressed.click();
  await expect(page).not.toHaveURL(/region=/);
  await expect(dashboard.status).toHaveText(`${total} of ${total} briefings`);
});
