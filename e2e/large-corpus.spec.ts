import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { validateCorpus, type Corpus } from '../src/core/corpus';
import { decodeCompactCorpus, toPlainCorpus } from '../src/core/corpus';
import { searchBriefings, loadSearchIndex } from '../src/core/search';
import { expect, test } from './fixtures';

/**
 * Corpora past the size where the data step writes the compact file (tags as numbers, decoded when a briefing is
 * read), and past the size where searches run in the worker that loaded the index: the page must count, filter,
 * search, explain and export them exactly as it does the seed. Made by the same commands a user runs
 * (`npm run gen`, then the data step on that folder), served in place of the bundled files.
 */
interface Generated {
  corpus: Corpus;
  files: { corpus: string; index: string };
}

function generate(size: number): Generated {
  const dir = mkdtempSync(join(tmpdir(), 'large-corpus-'));
  const tsx = (...args: string[]) => execFileSync('npx', ['tsx', ...args], { stdio: 'ignore' });
  tsx('scripts/gen.ts', String(size), '--seed', '3', '--out', join(dir, 'generated.txt'));
  tsx('scripts/build-data.ts', '--seeds', dir, '--out', join(dir, 'data'), '--name', 'Generated');
  const files = {
    corpus: readFileSync(join(dir, 'data', 'corpus.json'), 'utf8'),
    index: readFileSync(join(dir, 'data', 'search-index.json'), 'utf8'),
  };
  const decoded = decodeCompactCorpus(JSON.parse(files.corpus));
  if (!decoded.ok) throw new Error(decoded.reason);
  return { corpus: toPlainCorpus(decoded.data), files };
}

async function serve(page: Page, { files }: Generated) {
  await page.route('**/data/corpus.json', (route) =>
    route.fulfill({ body: files.corpus, contentType: 'application/json' }),
  );
  await page.route('**/data/search-index.json', (route) =>
    route.fulfill({ body: files.index, contentType: 'application/json' }),
  );
}

test('a large corpus in the compact file is counted, filtered, explained and exported in full', async ({
  dashboard,
  page,
}) => {
  // Generating and tagging 6,000 briefings is part of the test: slow on a busy machine.
  test.slow();
  const generated = generate(6_000);
  const { corpus } = generated;
  await serve(page, generated);
  // The most frequent country, and the briefings that name it.
  const counts = new Map<string, { label: string; n: number }>();
  for (const b of corpus.briefings)
    for (const c of b.countries) counts.set(c.id, { label: c.label, n: (counts.get(c.id)?.n ?? 0) + 1 });
  const [id, { label, n }] = [...counts].sort((a, b) => b[1].n - a[1].n)[0]!;
  const naming = corpus.briefings.filter((b) => b.countries.some((c) => c.id === id));

  await page.goto(`/?country=${id}`);
  await expect(dashboard.status).toHaveText(`${n.toLocaleString('en')} of 6,000 briefings`);
  await expect(dashboard.checkbox('Country', label)).toBeChecked();

  // The first result explains its tags with the words in its own text.
  const first = naming[0]!;
  await dashboard.results.first().getByRole('link', { name: first.title }).click();
  const dialog = page.getByRole('dialog', { name: first.title });
  const why = dialog.getByRole('region', { name: 'Why is this tagged' });
  await expect(why.getByRole('listitem').filter({ hasText: new RegExp(`^${label} ← `) })).toHaveCount(1);
  await page.keyboard.press('Escape');

  // Typed key by key (at this size the box hands each query to the page a task later): every key and space kept.
  const box = page.getByRole('search').getByRole('searchbox', { name: 'Search briefings' });
  await box.pressSequentially('customs risk');
  await expect(box).toHaveValue('customs risk');
  await expect(page).toHaveURL(/[?&]q=customs\+risk(&|$)/);
  // The first search waits for the index (MiniSearch's JSON, loaded in a worker at this size): on a busy machine
  // longer than an expect's default 5 s. How fast it is for a user is measured by `npm run bench:browser`.
  await expect(dashboard.status).not.toHaveText(`${n.toLocaleString('en')} of 6,000 briefings`, {
    timeout: 30_000,
  });
  await box.press('Escape');
  await box.press('Escape');
  await expect(box).toHaveValue('');
  await expect(dashboard.status).toHaveText(`${n.toLocaleString('en')} of 6,000 briefings`);

  // The export carries every briefing in view whole: tags, evidence and all.
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: `Download ${n.toLocaleString('en')} briefings as JSON` }).click();
  const json = JSON.parse(await readFile((await (await download).path())!, 'utf8'));
  expect(validateCorpus(json).ok).toBe(true);
  expect(json.briefings).toEqual(naming);
});

test('a corpus searched in the worker that loaded its index finds, ranks and marks what the page would', async ({
  dashboard,
  page,
}) => {
  // Past DEFER_ABOVE (25,000): the redraw is deferred too, and the search runs in the worker that loaded the index;
  // the page reads the result with its corpus.
  // Generating, tagging and indexing 30,000 briefings is part of the test (MiniSearch builds and serialises ~85 MB of
  // JSON: minutes beside another worker on two busy cores).
  test.setTimeout(480_000);
  const generated = generate(30_000);
  await serve(page, generated);
  const loaded = await loadSearchIndex(generated.files.index, generated.corpus);
  if (!loaded.ok) throw new Error(loaded.reason);
  const expected = (q: string) => searchBriefings(loaded.data.index, generated.corpus, q, loaded.data);
  const titleOf = new Map(generated.corpus.briefings.map((b) => [b.id, b.title]));

  await page.goto('/');
  // Served through Playwright's route while another test runs beside it, the load can take longer than an expect's
  // default 5 s here; how fast it is for a user is measured by `npm run bench:browser`, not by this test.
  await expect(dashboard.status).toHaveText('30,000 of 30,000 briefings', { timeout: 30_000 });
  // The worker that loaded the index stays, to search.
  await expect.poll(() => page.workers().length).toBe(1);

  const box = page.getByRole('search').getByRole('searchbox', { name: 'Search briefings' });
  for (const q of ['customs ris', 'kenya wildlife']) {
    await box.fill('');
    await box.pressSequentially(q);
    await expect(box).toHaveValue(q);
    const { ids } = expected(q);
    expect(ids.length).toBeGreaterThan(0);
    // The first answer waits for the worker to have loaded the index (~85 MB of MiniSearch JSON).
    await expect(dashboard.status).toHaveText(`${ids.length.toLocaleString('en')} of 30,000 briefings`, {
      timeout: 60_000,
    });
    // Ranked as the page would rank it, and the words that matched are marked in the first result.
    await expect(dashboard.results.first().getByRole('heading')).toHaveText(titleOf.get(ids[0]!)!);
    await expect(dashboard.results.first().locator('mark').first()).toBeVisible();
  }
});
