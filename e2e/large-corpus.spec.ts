import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { validateCorpus, type Corpus } from '../src/core/corpus';
import { decodeCompactCorpus, toPlainCorpus } from '../src/core/corpus-compact';
import { expect, test } from './fixtures';

/**
 * A corpus past the size where the data step writes the compact file (tags as numbers, decoded when a briefing is
 * read): the page must count, filter, explain and export it exactly as it does the seed. Made by the same commands
 * a user runs (`npm run gen`, then the data step on that folder), served in place of the bundled files.
 */
const SIZE = 6_000;
let corpus: Corpus;
let files: { corpus: string; index: string };

test.beforeAll(() => {
  const dir = mkdtempSync(join(tmpdir(), 'large-corpus-'));
  const tsx = (...args: string[]) => execFileSync('npx', ['tsx', ...args], { stdio: 'ignore' });
  tsx('scripts/gen.ts', String(SIZE), '--seed', '3', '--out', join(dir, 'generated.txt'));
  tsx('scripts/build-data.ts', '--seeds', dir, '--out', join(dir, 'data'), '--name', 'Generated');
  files = {
    corpus: readFileSync(join(dir, 'data', 'corpus.json'), 'utf8'),
    index: readFileSync(join(dir, 'data', 'search-index.json'), 'utf8'),
  };
  const decoded = decodeCompactCorpus(JSON.parse(files.corpus));
  if (!decoded.ok) throw new Error(decoded.reason);
  corpus = toPlainCorpus(decoded.data);
});

test('a large corpus in the compact file is counted, filtered, explained and exported in full', async ({
  dashboard,
  page,
}) => {
  await page.route('**/data/corpus.json', (route) =>
    route.fulfill({ body: files.corpus, contentType: 'application/json' }),
  );
  await page.route('**/data/search-index.json', (route) =>
    route.fulfill({ body: files.index, contentType: 'application/json' }),
  );
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
  await expect(dashboard.status).not.toHaveText(`${n.toLocaleString('en')} of 6,000 briefings`);
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
