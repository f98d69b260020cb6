import { expect, test } from './fixtures';

const DATED_CSV = `title,summary,date,url
WCO Launches Green Customs Training,"Customs officers in Kenya trained on the Basel Convention and illegal waste shipments.",2023-01-17,https://www.wcoomd.org/a
Operation Demeter Results Announced,"Operation Demeter seized hazardous waste at ports across West Africa.",12/03/2023,
Mercator Programme Reaches Peru,"The Mercator Programme supported Peru in implementing the Trade Facilitation Agreement.",June 5 2023,
Undated Note on Cultural Heritage,"Customs in Jordan returned trafficked antiquities.",,
`;

test('briefings with dates get a timeline whose range narrows the view and joins the URL', async ({
  dashboard,
  page,
}) => {
  await dashboard.open();
  await expect(dashboard.figure('Briefings per month')).toHaveCount(0);

  await page.getByRole('button', { name: 'Import briefings' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import briefings' });
  await dialog
    .getByLabel('Choose files')
    .setInputFiles({ name: 'dated.csv', mimeType: 'text/csv', buffer: Buffer.from(DATED_CSV) });
  await expect(dialog.getByRole('status')).toHaveText(/4 added/);
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dashboard.status).toHaveText('14 of 14 briefings');

  const timeline = dashboard.figure('Briefings per month');
  await expect(timeline).toBeVisible();
  // Eleven briefings have no date (the ten seed ones and one imported): counted apart, not dropped.
  await expect(timeline).toContainText(
    '3 dated briefings by month of publication; 11 briefings have no date',
  );

  await timeline.getByLabel('From').selectOption({ label: 'Mar 2023' });
  await expect(page).toHaveURL(/[?&]from=2023-03(&|$)/);
  await expect(dashboard.status).toHaveText('2 of 14 briefings');
  await timeline.getByLabel('To').selectOption({ label: 'Mar 2023' });
  await expect(dashboard.status).toHaveText('1 of 14 briefings');
  await expect(dashboard.results.first().getByRole('heading')).toHaveText(
    'Operation Demeter Results Announced',
  );

  await page.reload();
  await expect(dashboard.status).toHaveText('1 of 14 briefings');
  const table = await dashboard.chartTable('Briefings per month');
  expect(table).toEqual({
    'Jan 2023': 1,
    'Feb 2023': 0,
    'Mar 2023': 1,
    'Apr 2023': 0,
    'May 2023': 0,
    'Jun 2023': 1,
    'No date': 11,
  });

  await dashboard.figure('Briefings per month').getByRole('button', { name: 'Show chart' }).click();
  await dashboard.figure('Briefings per month').getByRole('button', { name: 'All dates' }).click();
  await expect(dashboard.status).toHaveText('14 of 14 briefings');
  await page.getByRole('button', { name: 'Reset to the bundled corpus' }).click();
  await expect(dashboard.status).toHaveText('10 of 10 briefings');
});
