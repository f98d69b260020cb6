import { expect, test } from './fixtures';

test('the built app sends a strict Content-Security-Policy and works under it', async ({
  dashboard,
  page,
}) => {
  await page.addInitScript(() => {
    const w = window as unknown as { __violations: string[] };
    w.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      w.__violations.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));

  await dashboard.open('/?q=plastic');
  const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(policy).toContain("script-src 'self'");
  expect(policy).not.toContain("'unsafe-eval'");
  expect(policy).not.toMatch(/script-src[^;]*'unsafe-inline'/);

  // Use what loads code or data lazily: the search index, the map, a briefing, a presentation.
  await expect(dashboard.status).toHaveText('1 of 10 briefings');
  await expect(
    dashboard.figure('Map of briefings').getByRole('group', { name: 'World map by country' }),
  ).toBeVisible();
  await dashboard.results.first().getByRole('link').click();
  await expect(page.getByRole('dialog')).toBeVisible();
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Present' }).click();
  await expect(page.getByRole('region', { name: 'Presentation' })).toBeVisible();

  expect(await page.evaluate(() => (window as unknown as { __violations: string[] }).__violations)).toEqual(
    [],
  );
  expect(errors).toEqual([]);
});
