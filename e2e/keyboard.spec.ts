import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';

/** Presses Tab until the target has focus, as a keyboard user would; fails after `max` presses. */
async function tabTo(page: Page, target: Locator, max = 200) {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error('Could not reach the element with Tab');
}

async function expectFocusRing(target: Locator) {
  const ring = await target.evaluate((el) => {
    const s = getComputedStyle(el);
    return {
      outline: s.outlineStyle,
      width: parseFloat(s.outlineWidth),
      stroke: s.stroke,
      strokeWidth: parseFloat(s.strokeWidth),
    };
  });
  const visible =
    (ring.outline !== 'none' && ring.width >= 2) || (ring.stroke !== 'none' && ring.strokeWidth >= 2);
  expect(visible, JSON.stringify(ring)).toBe(true);
}

test('does it all with the keyboard', async ({ dashboard, page }) => {
  // A long walk: from the region chart beside the results, Tab passes the theme chart and the map to the matrix.
  test.slow();
  await dashboard.open();

  // The first Tab reaches the skip link, which jumps to the main content.
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to main content' });
  await expect(skip).toBeFocused();
  await expectFocusRing(skip);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('main')).toBeFocused();

  // A facet value, with Space.
  const europe = dashboard.checkbox('Region', 'Europe');
  await tabTo(page, europe);
  await expectFocusRing(europe);
  await page.keyboard.press('Space');
  await expect(dashboard.status).toHaveText('2 of 10 briefings');

  // A bar, with Enter: the same filter comes off again.
  const bar = dashboard
    .figure('Briefings by WCO region')
    .getByRole('button', { name: /^Filter by Europe: 2 briefings of 2 in the corpus$/ });
  await tabTo(page, bar);
  await expectFocusRing(bar);
  await page.keyboard.press('Enter');
  await expect(dashboard.status).toHaveText('10 of 10 briefings');

  // A matrix cell, with Enter.
  const cell = dashboard
    .figure('Theme × region coverage')
    .getByRole('button', { name: /^Filter by Environment in Asia\/Pacific/ });
  await tabTo(page, cell);
  await page.keyboard.press('Enter');
  await expect(dashboard.status).toHaveText('2 of 10 briefings');

  // Open a briefing, read it, close it with Escape; focus goes back to where it was.
  const link = dashboard.results.first().getByRole('link');
  await tabTo(page, link);
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('heading', { name: 'Why is this tagged' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(link).toBeFocused();

  // Remove a filter chip, with Enter.
  const chip = page.getByRole('button', { name: /^Remove filter Theme: / });
  await chip.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: /^Remove filter Theme: / })).toHaveCount(0);
});
