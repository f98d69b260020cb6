import { expect, test, Dashboard } from './fixtures';
import { generateBriefingText } from '../src/core/corpus';

/**
 * What an analyst imports is kept (decision 017): a large archive survives a reload, and two tabs of one browser
 * show one corpus, whichever tab imported or reset it.
 */

const textFile = (name: string, text: string) => ({
  name,
  mimeType: 'text/plain',
  buffer: Buffer.from(text),
});

const briefing = (title: string, summary: string) => `${title}\n\n${title}\n\n${summary}\n\n`;

const FILE_A = textFile(
  'tab-a.txt',
  briefing(
    'Zanzibar Customs Trains Brokers',
    'The Zanzibar Revenue Board trained customs brokers on tariff classification.',
  ) +
    briefing(
      'Quokka Data Model Workshop Held',
      'Officers studied the Quokka edition of the data model for single window projects.',
    ),
);
const FILE_B = textFile(
  'tab-b.txt',
  briefing(
    'Xylophone Port Adopts Scanning',
    'The Xylophone port authority adopted non-intrusive inspection of containers.',
  ) +
    briefing(
      'Wombat Border Post Opens',
      'A one-stop border post called Wombat opened to speed up transit clearance.',
    ),
);

async function importFile(page: import('@playwright/test').Page, file: ReturnType<typeof textFile>) {
  await page.getByRole('button', { name: 'Import briefings' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import briefings' });
  await dialog.getByLabel('Choose files').setInputFiles(file);
  await expect(dialog.getByRole('status')).toHaveText(/added/, { timeout: 120_000 });
  await expect(dialog.getByRole('alert')).toHaveCount(0);
  await dialog.getByRole('button', { name: 'Close' }).click();
}

async function findsTitle(dashboard: Dashboard, title: string) {
  const search = dashboard.page.getByRole('searchbox', { name: 'Search briefings' });
  await search.fill(title.split(' ')[0]!);
  await expect(dashboard.page.getByRole('heading', { name: title })).toBeVisible();
  await search.fill('');
}

test('a 45 MB archive is kept: after a reload every briefing is there', async ({ dashboard, page }) => {
  // Reading and tagging 67,500 briefings takes a minute or two on a busy machine.
  test.setTimeout(360_000);
  const archive = generateBriefingText(67_500, 11);
  expect(Buffer.byteLength(archive)).toBeGreaterThan(45_000_000);
  await dashboard.open();
  await page.getByRole('button', { name: 'Import briefings' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import briefings' });
  await dialog.getByRole('radio', { name: /Replace the current corpus/ }).check();
  await dialog.getByLabel('Choose files').setInputFiles(textFile('archive.txt', archive));
  await expect(dialog.getByRole('status')).toHaveText(
    /Read 67,500 briefings from archive\.txt: 67,500 added/,
    {
      timeout: 330_000,
    },
  );
  // No "could not be kept" warning.
  await expect(dialog.getByRole('alert')).toHaveCount(0);
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dashboard.status).toHaveText('67,500 of 67,500 briefings');

  await page.reload();
  await expect(dashboard.status).toHaveText('67,500 of 67,500 briefings', { timeout: 60_000 });
  await expect(page.getByText('Corpus: archive.txt (imported, kept in this browser)')).toBeVisible();
});

test('two tabs keep each other’s imports, and a reset in one shows in the other', async ({ context }) => {
  // Two pages, three imports and reloads: more than the default time on a busy machine.
  test.slow();
  const a = new Dashboard(await context.newPage());
  const b = new Dashboard(await context.newPage());
  await a.open();
  await b.open();

  // Tab A imports; tab B, open since before, hears of it.
  await importFile(a.page, FILE_A);
  await expect(a.status).toHaveText('12 of 12 briefings');
  await expect(b.status).toHaveText('12 of 12 briefings');
  await expect(b.page.getByText(/Corpus: .*tab-a\.txt \(imported, kept in this browser\)/)).toBeVisible();

  // Tab B merges its own file into what A kept, not into the corpus it loaded first.
  await importFile(b.page, FILE_B);
  for (const tab of [a, b]) {
    await expect(tab.status).toHaveText('14 of 14 briefings');
    await expect(tab.page.getByText(/Corpus: .*tab-a\.txt \+ tab-b\.txt \(imported/)).toBeVisible();
  }
  for (const tab of [a, b]) {
    await tab.page.reload();
    await expect(tab.status).toHaveText('14 of 14 briefings');
    for (const title of ['Zanzibar Customs Trains Brokers', 'Wombat Border Post Opens'])
      await findsTitle(tab, title);
  }

  // A reset in tab A: tab B shows the bundled corpus, and says so.
  await a.page.getByRole('button', { name: 'Reset to the bundled corpus' }).click();
  await expect(a.status).toHaveText('10 of 10 briefings');
  await expect(b.status).toHaveText('10 of 10 briefings');
  await expect(b.page.getByText('(imported, kept in this browser)')).toHaveCount(0);
  await expect(b.page.getByRole('button', { name: 'Reset to the bundled corpus' })).toHaveCount(0);
  await b.page.reload();
  await expect(b.status).toHaveText('10 of 10 briefings');
});

test('a storage that does not answer shows the bundled corpus, then the kept one when it does', async ({
  context,
}) => {
  test.slow();
  const a = new Dashboard(await context.newPage());
  await a.open();
  await importFile(a.page, FILE_A);
  await expect(a.status).toHaveText('12 of 12 briefings');

  // Another document of the site holds the database open and never lets go (no versionchange handler)…
  const wedge = await context.newPage();
  await wedge.goto('/favicon.png');
  await wedge.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const request = indexedDB.open('briefing-atlas');
        request.onsuccess = () => {
          (window as unknown as { wedge: IDBDatabase }).wedge = request.result;
          resolve();
        };
      }),
  );
  // …while this tab asks for a newer version, as a newer build of the app would: its open is blocked.
  const b = new Dashboard(await context.newPage());
  await b.page.addInitScript(() => {
    const open = IDBFactory.prototype.open;
    IDBFactory.prototype.open = function (name: string, version?: number) {
      return open.call(this, name, name === 'briefing-atlas' ? 2 : version);
    };
  });
  await b.page.goto('/');
  await expect(b.status).toHaveText('10 of 10 briefings', { timeout: 15_000 });
  await expect(b.page.getByRole('alert')).toContainText('the bundled corpus is shown');

  // The storage answers at last: the kept corpus replaces the bundled one, with no reload.
  await wedge.evaluate(() => (window as unknown as { wedge: IDBDatabase }).wedge.close());
  await expect(b.status).toHaveText('12 of 12 briefings');
  await expect(b.page.getByRole('alert')).toContainText('opened late; it is shown now');
  await expect(b.page.getByText('(imported, kept in this browser)')).toBeVisible();
});
