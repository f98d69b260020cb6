/**
 * `npm run eval [-- --errors] [--corrections FILE [BRIEFING FILE...]]`: scores the tagger on the development set of
 * real WCO news (src/core/tagging/__dev-set__/, labelling rules in its LABELLING.md): precision, recall and F1 per
 * field, and with --errors every disagreement, so a rule-writer sees what to fix next. The same figures are held as
 * floors by src/core/tagging/dev-set.test.ts.
 *
 * With --corrections, the analysts' corrections (an exported corrections file, or seeds/corrections.json) are read
 * as extra gold on the briefings they are about (the seeds, or the briefing files given): how many of the tagger's
 * decisions the analysts overturned, by kind, and with --errors each one.
 */
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { FILTER_KINDS, TAG_KIND_NAMES, readBriefingFiles } from '../src/core/corpus';
import {
  EVAL_FIELDS,
  evaluateCorrections,
  evaluateTagger,
  tagBriefings,
  type GoldItem,
} from '../src/core/tagging';
import { escapeForTerminal } from './cli-args';
import { readCorrectionsFile } from './corrections-file';

const DEV_SET = 'src/core/tagging/__dev-set__';
const SEEDS = 'seeds';

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const showErrors = args.includes('--errors');
  const at = args.indexOf('--corrections');
  const correctionsPath = at >= 0 ? args[at + 1] : undefined;
  if (at >= 0 && (!correctionsPath || correctionsPath.startsWith('--'))) {
    process.stderr.write(
      '--corrections needs a file.\nUsage: npm run eval -- [--errors] [--corrections FILE [BRIEFING FILE...]]\n',
    );
    process.exit(2);
  }
  const briefingFiles = args.filter((a, i) => !a.startsWith('--') && i !== at + 1);
  const names = (await readdir(DEV_SET)).filter((n) => n.endsWith('.txt')).sort();
  const briefings = [];
  const gold: GoldItem[] = [];
  for (const name of names) {
    const bytes = new Uint8Array(await readFile(join(DEV_SET, name)));
    const read = readBriefingFiles([{ name, bytes }]);
    for (const d of read.diagnostics) process.stderr.write(`${d.file}:${d.line}: ${d.message}\n`);
    for (const b of tagBriefings(read.briefings)) briefings.push(b);
    const goldFile = JSON.parse(
      await readFile(join(DEV_SET, name.replace(/\.txt$/, '.gold.json')), 'utf8'),
    ) as {
      items: GoldItem[];
    };
    for (const item of goldFile.items) gold.push(item);
  }
  const result = evaluateTagger(briefings, gold);
  const pct = (x: number) => x.toFixed(3);
  console.log(`Development set: ${result.items} real WCO news items (${names.join(', ')})\n`);
  console.log('field        precision  recall    F1     tp   fp   fn');
  for (const field of EVAL_FIELDS) {
    const s = result.scores[field];
    console.log(
      `${field.padEnd(12)} ${pct(s.precision).padStart(9)}  ${pct(s.recall).padStart(6)}  ${pct(s.f1).padStart(5)}  ${String(s.tp).padStart(4)} ${String(s.fp).padStart(4)} ${String(s.fn).padStart(4)}`,
    );
  }
  if (showErrors) {
    console.log('\nDisagreements (+ found, not in gold; − in gold, not found):');
    for (const d of result.disagreements) {
      const parts = [...d.extra.map((x) => `+${x}`), ...d.missed.map((x) => `−${x}`)];
      console.log(`  ${d.field.padEnd(10)} ${parts.join(' ')}  ← ${d.title.slice(0, 80)}`);
    }
  } else console.log('\n(npm run eval -- --errors lists every disagreement)');
  if (correctionsPath) await reportCorrections(correctionsPath, briefingFiles, showErrors);
}

/** The analysts' corrections as extra gold: the tagger's decisions they overturned, by kind. */
async function reportCorrections(path: string, files: string[], showErrors: boolean): Promise<void> {
  const read = await readCorrectionsFile(path);
  if (!read.ok) {
    process.stderr.write(`${escapeForTerminal(read.reason)}\n`);
    process.exit(1);
  }
  const names =
    files.length > 0
      ? files
      : (await readdir(SEEDS)).filter((n) => n.endsWith('.txt')).map((n) => join(SEEDS, n));
  const sources = await Promise.all(
    names.map(async (name) => ({ name, bytes: new Uint8Array(await readFile(name)) })),
  );
  const briefings = tagBriefings(readBriefingFiles(sources).briefings);
  const result = evaluateCorrections(briefings, read.data);
  const pct = (x: number) => (Number.isFinite(x) ? x.toFixed(3) : '    –');
  console.log(
    `\nAnalysts' corrections (${escapeForTerminal(path)}, ${read.data.length}) on ${briefings.length} briefings of ${escapeForTerminal(names.join(', '))}:`,
  );
  console.log(`${result.briefings} briefing(s) where analysts overturned the tagger; on those, by kind:\n`);
  console.log('kind           tagged  removed  added  precision  recall');
  for (const kind of FILTER_KINDS) {
    const { tagged, removed, added } = result.byKind[kind];
    if (tagged === 0 && removed === 0 && added === 0) continue;
    const kept = tagged - removed;
    console.log(
      `${TAG_KIND_NAMES[kind].many.padEnd(14)} ${String(tagged).padStart(6)} ${String(removed).padStart(8)} ${String(added).padStart(6)}  ${pct(kept / tagged).padStart(9)}  ${pct(kept / (kept + added)).padStart(6)}`,
    );
  }
  const removed = FILTER_KINDS.reduce((n, k) => n + result.byKind[k].removed, 0);
  const added = FILTER_KINDS.reduce((n, k) => n + result.byKind[k].added, 0);
  console.log(
    `\nOverturned: ${removed + added} decision(s) (${removed} tag(s) removed, ${added} added); ${result.alreadySo} correction(s) the tagger now agrees with; ${result.noBriefing} for briefings not in these files.`,
  );
  if (showErrors) {
    console.log('\nOverturned decisions (− removed by an analyst, + added):');
    for (const o of result.overturned)
      console.log(
        escapeForTerminal(
          `  ${TAG_KIND_NAMES[o.kind].one.padEnd(12)} ${o.action === 'remove' ? '−' : '+'}${o.label}${o.note ? ` (${o.note})` : ''}  ← ${o.title.slice(0, 80)}`,
        ),
      );
  } else if (removed + added > 0) console.log('(npm run eval -- --errors --corrections FILE lists each one)');
}

await main();
