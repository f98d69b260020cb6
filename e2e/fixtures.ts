import { test as base, expect, type Locator, type Page } from '@playwright/test';

/** The dashboard, located the way a person (or a screen reader) finds things: by role and accessible name. */
export class Dashboard {
  constructor(readonly page: Page) {}

  async open(path = '/') {
    await this.page.goto(path);
    await expect(this.status).toHaveText(/^\d+ of \d+ briefings$/);
  }

  get status() {
    return this.page.getByRole('status');
  }

  /** The N and M the status line shows. */
  async counts(): Promise<{ shown: number; total: number }> {
    const text = (await this.status.textContent()) ?? '';
    const match = /^(\d+) of (\d+) briefings$/.exec(text.trim());
    if (!match) throw new Error(`Unexpected status text: ${text}`);
    return { shown: Number(match[1]), total: Number(match[2]) };
  }

  figure(name: string) {
    return this.page.getByRole('figure', { name });
  }

  get results() {
    return this.page.getByRole('region', { name: 'Results' }).getByRole('article');
  }

  facet(legend: string) {
    return this.page.getByRole('group', { name: legend, exact: true });
  }

  /** A facet checkbox by its value, whatever its count: "Europe (2)". */
  checkbox(legend: string, value: string) {
    return this.facet(legend).getByRole('checkbox', {
      name: new RegExp(`^${escapeRegExp(value)} \\(\\d+\\)$`),
    });
  }

  /** The count printed in a checkbox's name. */
  async facetCount(legend: string, value: string): Promise<number> {
    const name = await this.checkbox(legend, value).evaluate(
      (el) => (el as HTMLInputElement).labels?.[0]?.textContent ?? '',
    );
    return Number(/\((\d+)\)\s*$/.exec(name)?.[1]);
  }

  /** Switches a chart to its table and reads it as { row label: count }. */
  async chartTable(figureName: string): Promise<Record<string, number>> {
    const figure = this.figure(figureName);
    // A chart loaded on demand (the timeline) may not be drawn yet: wait for it before choosing chart or table.
    await expect(figure.getByRole('button', { name: /^Show (table|chart)$/ })).toBeVisible();
    const toggle = figure.getByRole('button', { name: 'Show table' });
    if (await toggle.isVisible()) await toggle.click();
    return readTable(figure.getByRole('table'));
  }
}

export async function readTable(table: Locator): Promise<Record<string, number>> {
  await expect(table).toBeVisible();
  const rows = await table.getByRole('row').all();
  const out: Record<string, number> = {};
  // The count is the "Briefings" column (a table read against the corpus has "In the corpus" after it), else the last.
  const headers = (await rows[0]!.getByRole('columnheader').allTextContents()).map((h) => h.trim());
  const column = headers.indexOf('Briefings') - 1;
  for (const row of rows.slice(1)) {
    const label = (await row.getByRole('rowheader').textContent())?.trim() ?? '';
    const cells = row.getByRole('cell');
    const cell = (await (column >= 0 ? cells.nth(column) : cells.last()).textContent())?.trim() ?? '';
    out[label] = Number(cell);
  }
  return out;
}

export const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export const test = base.extend<{ dashboard: Dashboard }>({
  dashboard: async ({ page }, use) => {
    await use(new Dashboard(page));
  },
});

export { expect };
