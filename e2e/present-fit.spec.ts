import { expect, test } from './fixtures';

/**
 * Every slide fits the screen it is shown on: nothing outside the window, nothing to scroll, nothing to press, and
 * labels a room can read (≥ 24 px at 1920 × 1080). Both a small view and the whole corpus (long charts, split).
 */
const SCREENS = [
  { width: 1024, height: 768 },
  { width: 1440, height: 900 },
  { width: 1920, height: 1080 },
];

for (const screen of SCREENS) {
  test(`every slide fits a ${screen.width} × ${screen.height} screen without scrolling or buttons`, async ({
    dashboard,
    page,
  }) => {
    // Thirty slides, each measured: minutes on a machine shared by four suites.
    test.setTimeout(240_000);
    await page.setViewportSize(screen);
    for (const view of ['/?region=AP', '/']) {
      await dashboard.open(view);
      await page.getByRole('button', { name: 'Present' }).click();
      const deck = page.getByRole('region', { name: 'Presentation' });
      const counter = deck.getByText(/^Slide \d+ \/ \d+$/);
      await expect(counter).toHaveText(/^Slide 1 \/ \d+$/);
      const total = Number((await counter.textContent())!.split('/')[1]);
      for (let at = 1; at <= total; at++) {
        await expect(counter).toHaveText(`Slide ${at} / ${total}`);
        const slide = deck.getByRole('region', { name: new RegExp(`^${at} of ${total}: `) });
        await expect(slide).toBeVisible();
        await expect(slide.getByText('Loading the map…')).toHaveCount(0);
        await expect(slide.getByRole('button')).toHaveCount(0);
        await expect(slide.getByRole('combobox')).toHaveCount(0);
        const name = await slide.getAttribute('aria-label');
        const fit = await slide.evaluate((root) => {
          const outside = [root, ...Array.from(root.querySelectorAll('*'))]
            .filter((e) => {
              const r = e.getBoundingClientRect();
              if (r.width === 0 && r.height === 0) return false;
              return (
                r.left < -0.5 || r.top < -0.5 || r.right > innerWidth + 0.5 || r.bottom > innerHeight + 0.5
              );
            })
            .map((e) => `${e.tagName} “${(e.textContent ?? '').slice(0, 40)}”`);
          const scrolls = [root, ...Array.from(root.querySelectorAll('*'))]
            .filter((e) => e.scrollHeight > e.clientHeight + 1 || e.scrollWidth > e.clientWidth + 1)
            .filter((e) => ['auto', 'scroll'].includes(getComputedStyle(e).overflowY) || e === root)
            .map((e) => e.tagName);
          // Every piece of text on the slide: the size it is drawn at.
          const sizes = Array.from(root.querySelectorAll('*'))
            .filter((e) => Array.from(e.childNodes).some((n) => n.nodeType === 3 && n.textContent!.trim()))
            .filter((e) => !e.closest('.sr-only'))
            .map((e) => ({
              text: e.textContent!.trim().slice(0, 40),
              px: parseFloat(getComputedStyle(e).fontSize),
            }));
          return { outside, scrolls, sizes };
        });
        expect(fit.outside, `${name}: elements outside the window`).toEqual([]);
        expect(fit.scrolls, `${name}: scrollable overflow`).toEqual([]);
        if (screen.width === 1920) {
          const small = fit.sizes.filter((s) => s.px < 24);
          expect(small, `${name}: text under 24 px`).toEqual([]);
          expect(fit.sizes.length).toBeGreaterThan(0);
        }
        await page.keyboard.press('PageDown');
      }
      await page.keyboard.press('Escape');
      await expect(deck).toHaveCount(0);
    }
  });
}

test('the summary slide says the view in sentences; the notes and key hint stay off the projected slides', async ({
  dashboard,
  page,
}) => {
  await dashboard.open('/?region=AP');
  await page.getByRole('button', { name: 'Present' }).click();
  const deck = page.getByRole('region', { name: 'Presentation' });
  await expect(deck.getByText(/PageDown: next/)).toBeVisible();

  await page.keyboard.press('PageDown');
  const summary = deck.getByRole('region', { name: /^2 of \d+: Summary$/ });
  await expect(summary.getByRole('heading', { name: 'In short' })).toBeVisible();
  await expect(summary).toContainText('2 of 10 briefings match the view.');
  await expect(summary).toContainText(/Leading themes: .+ \(\d+\)/);
  await expect(summary).toContainText(/Not covered: /);
  await expect(summary).toContainText('Filters: Region: Asia/Pacific.');
  // The key hint is on the first slide only.
  await expect(deck.getByText(/PageDown: next/)).toHaveCount(0);

  await page.keyboard.press('PageDown');
  await expect(deck.getByRole('figure', { name: /Briefings by theme/ })).toBeVisible();
  // The counting rule is in the speaker notes, not on the projected slide.
  await expect(deck).not.toContainText('A briefing with two themes counts once in each');
  const popup = page.waitForEvent('popup');
  await page.keyboard.press('s');
  const speaker = await popup;
  await expect(speaker.locator('body')).toContainText('A briefing with two themes counts once in each');
  await expect(speaker.locator('body')).toContainText('N = 2 briefings');
  await expect(speaker.locator('body')).toContainText('Filters: Region: Asia/Pacific.');
  await expect(speaker.locator('body')).toContainText('Next: Briefings by WCO region');
  // The speaker window drives the slides too, and follows them.
  await speaker.keyboard.press('PageDown');
  await expect(deck.getByText(/^Slide \d+ \/ \d+$/)).toHaveText(/^Slide 4 \/ \d+$/);
  await expect(speaker.locator('body')).toContainText('Global: worldwide in scope');
  await page.keyboard.press('Escape');
  await expect(deck).toHaveCount(0);
});
