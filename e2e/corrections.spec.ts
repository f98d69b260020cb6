import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expect, test, type Dashboard } from './fixtures';
import { parseCsv } from '../src/core/corpus';

/**
 * Analysts correct the tags (issue 19, decision 018): a wrong tag removed once changes every count, chart, map and
 * export, is kept across a reload, and travels to a colleague as a file.
 */

const PACT = 'Asiapacific Customs Boost Environmental Pact Enforcement';
const SUPPLY_CHAIN = 'WCO Warns of Supply Chain Risks at ADBI Conference';

async function openBriefing(dashboard: Dashboard, page: Page, title: string) {
  await dashboard.results.filter({ hasText: title }).getByRole('link', { name: title }).click();
  const dialog = page.getByRole('dialog', { name: title });
  await expect(dialog).toBeVisible();
  return { dialog, why: dialog.getByRole('region', { name: 'Why is this tagged' }) };
}

/** The region chart and the map (by WCO region) as tables, and the regions of the pact briefing in the CSV export. */
async function readCounts(dashboard: Dashboard, page: Page) {
  const regions = await dashboard.chartTable('Briefings by WCO region');
  const map = await dashboard.chartTable('Map of briefings');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download 10 briefings as CSV' }).click();
  const { records } = parseCsv(await readFile((await (await download).path())!, 'utf8'));
  const [header, ...rows] = records.map((r) => r.cells);
  const row = rows.find((r) => r[header!.indexOf('title')] === PACT)!;
  return { regions, map, csvRegions: row[header!.indexOf('regions')] };
}

test('an analyst removes a wrong region: the chart, the map and the export follow, a reload keeps it, and the corrections travel as a file', async ({
  dashboard,
  page,
}) => {
  // The whole scenario in one story, with three CSV downloads and a reload: more than 30 s on a busy machine.
  test.slow();
  await dashboard.open('/?map=region');
  const before = await readCounts(dashboard, page);
  expect(before.regions['Asia/Pacific']).toBe(2);
  expect(before.map['Asia/Pacific']).toBe(2);
  expect(before.csvRegions).toBe('Asia/Pacific');

  const { dialog, why } = await openBriefing(dashboard, page, PACT);
  await why.getByRole('button', { name: 'Not right: Asia/Pacific' }).click();
  await why
    .getByRole('textbox', { name: 'Why is “Asia/Pacific” not right? (optional)' })
    .fill('A global pact, not this region');
  await why.getByRole('button', { name: 'Remove Asia/Pacific' }).click();
  // Marked as removed, with the reason, and undoable; the briefing is Global now, as the tagger would have it.
  const removed = why.getByRole('list', { name: 'Removed regions' }).getByRole('listitem');
  await expect(removed).toHaveText(/Asia\/Pacific removed: A global pact, not this region/);
  await expect(removed.getByRole('button', { name: 'Undo: Asia/Pacific removed' })).toBeFocused();
  await expect(why.getByRole('listitem').filter({ hasText: /^Global ← / })).toHaveCount(1);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();

  const after = await readCounts(dashboard, page);
  expect(after.regions['Asia/Pacific']).toBe(1);
  expect(after.regions['Global']).toBe(before.regions['Global']! + 1);
  expect(after.map['Asia/Pacific']).toBe(1);
  expect(after.map['Global']).toBe(before.map['Global']! + 1);
  expect(after.csvRegions).toBe('Global');
  await expect(dashboard.checkbox('Region', 'Asia/Pacific')).toHaveAccessibleName('Asia/Pacific (1)');

  // Kept in this browser: a reload shows the corrected counts and the mark.
  await page.reload();
  await expect(dashboard.status).toHaveText('10 of 10 briefings');
  expect((await dashboard.chartTable('Briefings by WCO region'))['Asia/Pacific']).toBe(1);
  await openBriefing(dashboard, page, PACT);
  await page.keyboard.press('Escape');

  // Exported as a file…
  await page.getByRole('button', { name: 'Corrections (1)' }).click();
  const corrections = page.getByRole('dialog', { name: 'Corrections' });
  const download = page.waitForEvent('download');
  await corrections.getByRole('button', { name: 'Export corrections' }).click();
  const exported = await readFile((await (await download).path())!, 'utf8');
  expect(JSON.parse(exported)).toMatchObject({
    format: 'briefing-atlas/corrections',
    corrections: [{ kind: 'regions', tagId: 'AP', action: 'remove', note: 'A global pact, not this region' }],
  });

  // …reset…
  await corrections.getByRole('button', { name: 'Remove all corrections…' }).click();
  await corrections.getByRole('button', { name: 'Remove all', exact: true }).click();
  await expect(corrections.getByRole('status').first()).toHaveText('0 corrections made in this browser.');
  await corrections.getByRole('button', { name: 'Close' }).click();
  expect((await dashboard.chartTable('Briefings by WCO region'))['Asia/Pacific']).toBe(2);

  // …and imported again: the same counts as before the reset.
  await page.getByRole('button', { name: 'Corrections', exact: true }).click();
  await corrections.getByLabel('Import corrections').setInputFiles({
    name: 'corrections.json',
    mimeType: 'application/json',
    buffer: Buffer.from(exported),
  });
  await expect(corrections.getByRole('region', { name: 'Import report' }).getByRole('status')).toHaveText(
    'Imported corrections.json: 1 correction applied, 0 no longer matching a briefing in this corpus, 0 conflicts.',
  );
  await corrections.getByRole('button', { name: 'Close' }).click();
  const again = await readCounts(dashboard, page);
  expect(again).toEqual(after);
});

test('an analyst adds a missing country from the list with the keyboard, its region follows, and Undo takes both back', async ({
  dashboard,
  page,
}) => {
  await dashboard.open();
  expect(await dashboard.facetCount('Country', 'Morocco')).toBe(1);
  const { why } = await openBriefing(dashboard, page, SUPPLY_CHAIN);
  await why.getByRole('button', { name: 'Add a country…' }).click();
  const box = why.getByRole('combobox', { name: 'Find a country to add' });
  await expect(box).toBeFocused();
  await box.pressSequentially('moroc');
  await expect(why.getByRole('option', { name: 'Morocco' })).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Enter');

  const morocco = why.getByRole('listitem').filter({ hasText: /^Morocco ← added by an analyst/ });
  await expect(morocco).toHaveCount(1);
  await expect(morocco.getByRole('button', { name: 'Undo: Morocco added' })).toBeFocused();
  // The country brings its WCO region, and Global (no place named) gives way.
  await expect(
    why.getByRole('listitem').filter({ hasText: /^North of Africa, Near and Middle East ← through Morocco/ }),
  ).toHaveCount(1);
  await expect(why.getByRole('listitem').filter({ hasText: /^Global ← / })).toHaveCount(0);
  expect(await dashboard.facetCount('Country', 'Morocco')).toBe(2);

  await page.keyboard.press('Enter');
  await expect(morocco).toHaveCount(0);
  await expect(why.getByRole('button', { name: 'Add a country…' })).toBeFocused();
  await expect(why.getByRole('listitem').filter({ hasText: /^Global ← / })).toHaveCount(1);
  expect(await dashboard.facetCount('Country', 'Morocco')).toBe(1);
});

test('a malformed corrections file is refused with what and where, and one for a briefing not in the corpus is kept and reported', async ({
  dashboard,
  page,
}) => {
  await dashboard.open();
  await page.getByRole('button', { name: 'Corrections', exact: true }).click();
  const corrections = page.getByRole('dialog', { name: 'Corrections' });
  const file = (corrections: unknown[]) =>
    Buffer.from(JSON.stringify({ format: 'briefing-atlas/corrections', version: 1, corrections }));
  const correction = { kind: 'regions', tagId: 'EUR', action: 'remove', at: '2026-03-01T09:00:00Z' };

  await corrections.getByLabel('Import corrections').setInputFiles({
    name: 'bad.json',
    mimeType: 'application/json',
    buffer: file([{ ...correction, briefingId: 'b71fbedf135d7f285', kind: '<img src=x onerror=alert(1)>' }]),
  });
  await expect(corrections.getByRole('alert')).toHaveText(
    /^bad\.json: Not a corrections file: corrections\.0\.kind: .*Nothing was changed\.$/,
  );
  await expect(corrections.getByRole('status').first()).toHaveText('0 corrections made in this browser.');

  await corrections.getByLabel('Import corrections').setInputFiles({
    name: 'stale.json',
    mimeType: 'application/json',
    buffer: file([{ ...correction, briefingId: 'b0000000000000000', title: 'A briefing since rewritten' }]),
  });
  await expect(corrections.getByRole('region', { name: 'Import report' }).getByRole('status')).toHaveText(
    'Imported stale.json: 0 corrections applied, 1 no longer matching a briefing in this corpus, 0 conflicts.',
  );
  await expect(corrections.getByRole('status').first()).toHaveText('1 correction made in this browser.');
  await expect(corrections.getByRole('region', { name: 'Corrections made in this browser' })).toContainText(
    'Region Europe removed from “A briefing since rewritten” (2026-03-01; that briefing is not in this corpus)',
  );
  await corrections.getByRole('button', { name: 'Close' }).click();
  await expect(dashboard.status).toHaveText('10 of 10 briefings');
  expect((await dashboard.chartTable('Briefings by WCO region'))['Europe']).toBe(2);
});
