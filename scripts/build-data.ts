/**
 * The build-time data step, run before `dev` and `build`: every `.txt` file in seeds/ is parsed and tagged into
 * public/data/corpus.json, which the app loads, with its search index (built once here with the options the app
 * queries with, serialised in MiniSearch's own JSON: search-index.json) and the projected world map beside it, each with a gzip copy. Nothing generated is committed,
 * so it cannot go stale. `--seeds DIR --out DIR --name NAME` builds another corpus into another folder.
 *
 * The team's corrections, `corrections.json` beside the seeds (or `--corrections FILE`), are laid over the tagger's
 * output before anything is written, so the corpus, its search index (whose tag field reads the corrected tags) and
 * every count in the app agree (docs/decisions/018-analyst-corrections.md). A corrections file that cannot be used
 * stops the step with a message saying what and where, and nothing is written.
 */
import { access, mkdir, readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { buildCorpus, ALIAS_GROUPS } from '../src/core/tagging';
import { encodeCompactCorpus, readBriefingFiles, type Corpus } from '../src/core/corpus';
import { buildSearchIndex, serializeSearchIndex } from '../src/core/search';
import { formatDiagnostic } from './cli-args';
import { writeDataFiles } from './write-data-files';
import { buildWorld } from './build-world';
import { readCorrectionsFile, withCorrections } from './corrections-file';

const args = process.argv.slice(2);
const option = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
/** `--seeds DIR --out DIR --name NAME`: another corpus into another folder (tests, or a build of your own). */
const SEEDS = option('--seeds') ?? 'seeds';
const OUT_DIR = option('--out') ?? join('public', 'data');
const NAME = option('--name') ?? 'WCO seed briefings';
const CORRECTIONS = option('--corrections') ?? join(SEEDS, 'corrections.json');
const COMPACT_ABOVE = 5_000;

/** The corpus's name, with the file's own name when the corpus has several. */
function sourceName(path: string, names: readonly string[]): string {
  return names.length === 1 ? NAME : `${NAME} (${path.split('/').pop() ?? path})`;
}

async function main(): Promise<void> {
  const names = (await readdir(SEEDS)).filter((n) => n.endsWith('.txt')).sort();
  const sources = await Promise.all(
    names.map(async (n) => ({
      name: `${SEEDS}/${n}`,
      bytes: new Uint8Array(await readFile(join(SEEDS, n))),
    })),
  );
  const { briefings: read, diagnostics } = readBriefingFiles(sources);
  for (const d of diagnostics) process.stderr.write(formatDiagnostic(d) + '\n');
  // A reader sees where a briefing comes from as the corpus's name and a line ("WCO seed briefings, line 12"), not
  // the build's folder path; the messages above keep the path, for whoever fixes the file.
  const briefings = read.map((b) => ({
    ...b,
    source: { ...b.source, file: sourceName(b.source.file, names) },
  }));
  if (briefings.length === 0) throw new Error(`No briefings could be read from ${SEEDS}/*.txt`);
  const tagged = buildCorpus(briefings, diagnostics, {
    name: NAME,
    generatedAt: new Date().toISOString(),
  });
  const corpus = await applyTeamCorrections(tagged);
  const index = serializeSearchIndex(buildSearchIndex(corpus), corpus, ALIAS_GROUPS);
  await mkdir(OUT_DIR, { recursive: true });
  const files: [name: string, content: string | Uint8Array][] = [
    // Past a few thousand briefings the compact encoding of the same contract loads several times faster
    // (docs/decisions/008-scale-to-100k.md); below that the plain, documented JSON is kept for readability.
    [
      'corpus.json',
      JSON.stringify(corpus.briefings.length > COMPACT_ABOVE ? encodeCompactCorpus(corpus) : corpus),
    ],
    ['search-index.json', index],
    ['world.json', JSON.stringify(buildWorld())],
  ];
  await writeDataFiles(OUT_DIR, files);
  process.stderr.write(
    `data: ${corpus.briefings.length} briefings from ${names.length} file(s) → ${OUT_DIR}/corpus.json, search-index.json, world.json\n`,
  );
}

/** The corpus with the team's corrections, when there is a corrections file (an absent default file is none). */
async function applyTeamCorrections(tagged: Corpus): Promise<Corpus> {
  const given = option('--corrections') !== undefined;
  if (!given && !(await exists(CORRECTIONS))) return tagged;
  const read = await readCorrectionsFile(CORRECTIONS);
  if (!read.ok) throw new Error(read.reason);
  const { corpus, summary } = withCorrections(tagged, read.data, CORRECTIONS);
  process.stderr.write(`data: ${summary}\n`);
  return corpus;
}

const exists = (path: string) =>
  access(path).then(
    () => true,
    () => false,
  );

main().catch((error: unknown) => {
  process.stderr.write(`data step failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
