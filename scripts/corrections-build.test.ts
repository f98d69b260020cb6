/**
 * The team's corrections ship with its corpus: the build-time data step lays `corrections.json` beside the seeds over
 * the tagger's output (a test corpus of two briefings with one correction), `npm run parse -- --corrections` gives
 * the same briefings, and a corrections file that cannot be used stops both with a message and writes nothing.
 * Runs the real scripts, as `npm run data` and `npm run parse` do.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readBriefingFiles, validateCorpus, type Briefing, type Corpus } from '../src/core/corpus';
import { buildSearchIndex, loadSearchIndex, searchBriefings } from '../src/core/search';
import { tagBriefings } from '../src/core/tagging';

const run = promisify(execFile);
const FIXTURE = 'scripts/__fixtures__/corrected-seeds';
const BOSNIA = 'b71fbedf135d7f285';
const tsx = (script: string, args: string[]) =>
  run(process.execPath, ['--import', 'tsx', script, ...args], { encoding: 'utf8' });

let dir = '';
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'briefing-atlas-corrections-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const readCorpus = async (path: string): Promise<Corpus> => {
  const valid = validateCorpus(JSON.parse(await readFile(path, 'utf8')));
  if (!valid.ok) throw new Error(valid.reason);
  return valid.data;
};
const bosnia = (corpus: Corpus) => corpus.briefings.find((b) => b.id === BOSNIA)!;
const withoutSource = ({ source: _source, ...b }: Briefing) => b;

describe('corrections on the command line', { timeout: 60_000 }, () => {
  it('the build applies seeds/corrections.json before the corpus and its search index are written, and parse --corrections matches', async () => {
    const built = join(dir, 'built');
    const [{ stderr }, parsed] = await Promise.all([
      tsx('scripts/build-data.ts', ['--seeds', FIXTURE, '--out', built, '--name', 'Test']),
      tsx('scripts/parse.ts', [
        join(FIXTURE, 'briefings.txt'),
        '--corrections',
        join(FIXTURE, 'corrections.json'),
        '--name',
        'Test',
        '--out',
        join(dir, 'parsed.json'),
      ]),
    ]);
    expect(stderr).toContain('corrections.json: 1 correction applied.');
    expect(parsed.stderr).toContain('corrections.json: 1 correction applied.');

    const corpus = await readCorpus(join(built, 'corpus.json'));
    // The analyst removed Bosnia and Herzegovina; Europe, reached only through it, went with it.
    expect(bosnia(corpus).countries).toEqual([]);
    expect(bosnia(corpus).regions.map((r) => r.id)).toEqual(['GLOBAL']);
    expect(corpus.corrections).toHaveLength(1);
    expect(corpus.briefings.find((b) => b.id !== BOSNIA)!.regions.map((r) => r.id)).toEqual(['AP']);

    const fromParse = await readCorpus(join(dir, 'parsed.json'));
    expect(fromParse.briefings.map(withoutSource)).toEqual(corpus.briefings.map(withoutSource));
    expect(fromParse.corrections).toEqual(corpus.corrections);

    // The search index was built from the corrected tags, and belongs to the corrected corpus: "Europe" is only
    // in the briefing's tags, and an index of the tagger's tags finds it there.
    const index = await loadSearchIndex(await readFile(join(built, 'search-index.json'), 'utf8'), corpus);
    if (!index.ok) throw new Error(index.reason);
    expect(searchBriefings(index.data.index, corpus, 'europe', index.data).ids).not.toContain(BOSNIA);
    const read = readBriefingFiles([
      { name: 'briefings.txt', bytes: new Uint8Array(await readFile(join(FIXTURE, 'briefings.txt'))) },
    ]);
    const tagged = { ...corpus, briefings: tagBriefings(read.briefings), corrections: [] };
    const taggersIndex = buildSearchIndex(tagged);
    expect(searchBriefings(taggersIndex, tagged, 'europe', index.data).ids).toContain(BOSNIA);
  });

  it('a corrections file that cannot be used stops the build and parse with what and where, and nothing is written', async () => {
    const seeds = join(dir, 'bad-seeds');
    const out = join(dir, 'bad-out');
    await run('mkdir', ['-p', seeds]);
    await writeFile(join(seeds, 'briefings.txt'), await readFile(join(FIXTURE, 'briefings.txt')));
    const file = JSON.parse(await readFile(join(FIXTURE, 'corrections.json'), 'utf8')) as {
      corrections: { kind: string }[];
    };
    file.corrections[0]!.kind = 'continents';
    await writeFile(join(seeds, 'corrections.json'), JSON.stringify(file));

    const build = tsx('scripts/build-data.ts', ['--seeds', seeds, '--out', out]);
    await expect(build).rejects.toMatchObject({
      code: 1,
      stderr: expect.stringMatching(/corrections\.json: Not a corrections file: corrections\.0\.kind: /),
    });
    await expect(readdir(out)).rejects.toThrow();

    const parse = tsx('scripts/parse.ts', [
      join(seeds, 'briefings.txt'),
      '--corrections',
      join(seeds, 'corrections.json'),
      '--out',
      join(dir, 'bad.json'),
    ]);
    await expect(parse).rejects.toMatchObject({
      code: 1,
      stderr: expect.stringMatching(/corrections\.0\.kind: .*\nNothing written\./),
    });
    await expect(readFile(join(dir, 'bad.json'))).rejects.toThrow();
  });
});
