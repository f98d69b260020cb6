import { expect, test } from './fixtures';

/** A donor-funded workshop: the kind of briefing whose funder and trainers must not count as its regions. */
const DONOR_FUNDED = `WCO Workshop On Rules Of Origin Held In Lusaka

WCO Workshop On Rules Of Origin Held In Lusaka

The WCO held a national workshop on rules of origin in Lusaka for officers of the Zambia Revenue Authority, funded by the Government of Japan through its Customs Cooperation Fund. Trainers from the Canada Border Services Agency facilitated the sessions, which were delivered in French and English.
`;

test('a funder named in a briefing is under "Supported by", not in the region chart', async ({
  dashboard,
  page,
}) => {
  await dashboard.open();
  await page.getByRole('button', { name: 'Import briefings' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import briefings' });
  await dialog.getByLabel('Choose files').setInputFiles({
    name: 'lusaka.txt',
    mimeType: 'text/plain',
    buffer: Buffer.from(DONOR_FUNDED),
  });
  await expect(dialog.getByRole('status')).toHaveText(/Read 1 briefing from lusaka\.txt/);
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dashboard.status).toHaveText('11 of 11 briefings');

  // Japan paid: it is a funder, not a country of the briefing.
  await dashboard.checkbox('Supported by', 'Japan').check();
  await expect(page).toHaveURL(/[?&]funder=JPN(&|$)/);
  await expect(dashboard.status).toHaveText('1 of 11 briefings');
  await expect(dashboard.checkbox('Country', 'Zambia')).toBeVisible();
  await expect(dashboard.checkbox('Country', 'Japan')).toHaveCount(0);
  await expect(dashboard.checkbox('Country', 'Canada')).toHaveCount(0);

  // The region chart counts where it happened (Lusaka → Zambia → East and Southern Africa), not the funder's,
  // the trainers' or the language's regions.
  const regions = await dashboard.chartTable('Briefings by WCO region');
  expect(regions['East and Southern Africa']).toBe(1);
  expect(regions['Asia/Pacific']).toBe(0);
  // A region with no briefing in the whole corpus is named under the chart rather than drawn at 0.
  expect(regions['Americas and Caribbean'] ?? 0).toBe(0);
  expect(regions['Europe']).toBe(0);

  // The link is the view: the funder filter survives a reload.
  await page.reload();
  await expect(dashboard.status).toHaveText('1 of 11 briefings');
  await expect(dashboard.checkbox('Supported by', 'Japan')).toBeChecked();

  // The briefing says each place's role, with the words that gave it.
  const title = 'WCO Workshop On Rules Of Origin Held In Lusaka';
  await dashboard.results.first().getByRole('link', { name: title }).click();
  const detail = page.getByRole('dialog', { name: title });
  const places = detail.getByRole('region', { name: 'Places and their roles' });
  await expect(places).toContainText('Where, and who took part:');
  await expect(places).toContainText('Zambia');
  await expect(places).toContainText('Funded by:');
  await expect(places).toContainText('Japan');
  await expect(places).toContainText('Experts from:');
  await expect(places).toContainText('Canada');
  await expect(places).toContainText('Language:');
});

test('a kind with no value in the briefings says so, not that a search matched nothing', async ({
  dashboard,
}) => {
  // The seed names no funder.
  await dashboard.open();
  await expect(dashboard.facet('Supported by')).toContainText('No funders in these briefings.');
  await expect(dashboard.facet('Supported by')).not.toContainText('match');
});
