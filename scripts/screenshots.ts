/**
 * `npx tsx scripts/screenshots.ts [URL] [OUT_DIR]`: screenshots of the running app (wide, projector, phone, dark,
 * a filtered view, the presentation) in headless Chromium, to look at what we build as a user would.
 */
import { chromium } from '@playwright/test';
import { mkdir } from 'node:fs/promises';
import { chromiumLaunchOptions } from '../playwright.config';

const base = process.argv[2] ?? 'http://127.0.0.1:4173/';
const out = process.argv[3] ?? '/tmp/shots';

const shots: { name: string; width: number; height: number; path: string; dark?: boolean; full?: boolean }[] =
  [
    { name: 'wide', width: 1440, height: 900, path: '' },
    { name: 'wide-full', width: 1440, height: 900, path: '', full: true },
    { name: 'projector', width: 1920, height: 1080, path: '?region=EUR' },
    { name: 'phone', width: 360, height: 800, path: '', full: true },
    { name: 'dark', width: 1440, height: 900, path: '?q=plastic', dark: true },
    { name: 'map-region', width: 1440, height: 900, path: '?map=region', full: true },
    { name: 'slide-title', width: 1920, height: 1080, path: '?region=AP&slide=1' },
    { name: 'slide-chart', width: 1920, height: 1080, path: '?region=AP&slide=3' },
    { name: 'slide-briefing', width: 1920, height: 1080, path: '?region=AP&slide=8' },
    { name: 'detail', width: 1440, height: 900, path: '?open=' },
  ];

await mkdir(out, { recursive: true });
const browser = await chromium.launch(chromiumLaunchOptions);
for (const shot of shots) {
  const context = await browser.newContext({
    viewport: { width: shot.width, height: shot.height },
    colorScheme: shot.dark ? 'dark' : 'light',
  });
  const page = await context.newPage();
  let path = shot.path;
  if (path === '?open=') {
    await page.goto(base);
    await page.getByRole('article').first().waitFor();
    const href = await page.getByRole('article').first().getByRole('link').first().getAttribute('href');
    path = href?.slice(href.indexOf('?')) ?? '';
  }
  await page.goto(new URL(path, base).href);
  await page.getByRole('status').first().waitFor();
  await page.waitForTimeout(800);
  await page.screenshot({ path: `${out}/${shot.name}.png`, fullPage: !!shot.full });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  console.log(
    `${shot.name}: ${shot.width}x${shot.height}${overflow > 0 ? ` — sideways overflow ${overflow}px` : ''}`,
  );
  await context.close();
}
await browser.close();
