import { expect, test } from './fixtures';

test('sees where the briefings are on the world map', async ({ dashboard, page }) => {
  await dashboard.open();
  const map = dashboard.figure('Map of briefings');
  await expect(map.getByRole('group', { name: 'World map by country' })).toBeVisible();
  // The whole world is drawn, not only the countries with briefings.
  expect(await map.locator('svg path').count()).toBeGreaterThan(200);
  for (const name of ['Albania', 'Kosovo', 'Bosnia and Herzegovina', 'Morocco', 'Libya']) {
    await expect(map.getByRole('button', { name: new RegExp(`^${name} · `) })).toBeVisible();
  }
  await expect(map).toContainText('Global (worldwide, or no place named): 5 briefings');
  await expect(page.getByRole('list', { name: 'Legend' })).toContainText('No briefings');
});

test('filters to Bosnia and Herzegovina from the map with the keyboard', async ({ dashboard, page }) => {
  await dashboard.open();
  const bosnia = dashboard
    .figure('Map of briefings')
    .getByRole('button', { name: /^Bosnia and Herzegovina · Europe · 1 briefing/ });
  await bosnia.focus();
  await expect(bosnia).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(dashboard.status).toHaveText('1 of 10 briefings');
  await expect(page).toHaveURL(/[?&]country=BIH(&|$)/);
  await expect(dashboard.results).toHaveCount(1);
  await expect(dashboard.results.first().getByRole('heading')).toHaveText(
    'WCO Aids Bosnia in Ecommerce Customs Reform',
  );
  await expect(bosnia).toHaveAttribute('aria-pressed', 'true');
});

test('colours the map by WCO region and keeps Global apart', async ({ dashboard, page }) => {
  await dashboard.open();
  const map = dashboard.figure('Map of briefings');
  await map.getByRole('button', { name: 'By WCO region' }).click();
  await expect(page).toHaveURL(/[?&]map=region(&|$)/);
  await expect(map.getByRole('group', { name: 'World map by WCO region' })).toBeVisible();
  await expect(map.getByRole('button', { name: /^Europe · 2 briefings/ })).toBeVisible();
  await expect(map.getByRole('button', { name: /^Asia\/Pacific · 2 briefings/ })).toBeVisible();
  await expect(
    map.getByRole('button', { name: /^North of Africa, Near and Middle East · 1 briefing/ }),
  ).toBeVisible();
  const table = await dashboard.chartTable('Map of briefings');
  expect(table).toEqual({
    Europe: 2,
    'Asia/Pacific': 2,
    'East and Southern Africa': 0,
    'West and Central Africa': 0,
    'Americas and Caribbean': 0,
    'North of Africa, Near and Middle East': 1,
    Global: 5,
  });
  await page.reload();
  await expect(
    dashboard.figure('Map of briefings').getByRole('button', { name: 'By WCO region' }),
  ).toHaveAttribute('aria-pressed', 'true');
});

test('the map table lists every country the map shades', async ({ dashboard }) => {
  await dashboard.open();
  const map = dashboard.figure('Map of briefings');
  const targets = map.getByRole('button', { name: / · \d+ briefings?\. Filter by / });
  // The map draws once its shapes have loaded: wait for it, then read the shaded countries.
  await expect(targets).toHaveCount(5);
  const shaded = await targets.evaluateAll((els) =>
    els.map((e) => e.getAttribute('aria-label')!.split(' · ')[0]),
  );
  const table = await dashboard.chartTable('Map of briefings');
  expect(Object.keys(table).sort()).toEqual([...shaded].sort());
  expect(table['Bosnia and Herzegovina']).toBe(1);
});

test('zooms to the countries with briefings on a phone, and back to the whole world', async ({
  dashboard,
  page,
}) => {
  await page.setViewportSize({ width: 360, height: 800 });
  await dashboard.open();
  const map = dashboard.figure('Map of briefings');
  const drawing = map.getByRole('group', { name: 'World map by country' });
  const world = await drawing.getAttribute('viewBox');
  await map.getByRole('button', { name: 'Zoom to briefings' }).click();
  const zoomed = (await drawing.getAttribute('viewBox'))!.split(' ').map(Number);
  expect(zoomed[2]).toBeLessThan(Number(world!.split(' ')[2]) / 2);
  // Zoomed in, Bosnia and Herzegovina is still a target that filters.
  await map.getByRole('button', { name: /^Bosnia and Herzegovina · / }).click();
  await expect(dashboard.status).toHaveText('1 of 10 briefings');
  await map.getByRole('button', { name: 'Whole world' }).click();
  await expect(drawing).toHaveAttribute('viewBox', world!);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
});
