/**
 * `npm run eval [-- --errors]`: scores the tagger on the development set of real WCO news
 * (src/core/tagging/__dev-set__/, labelling rules in its LABELLING.md): precision, recall and F1 per field, and with
 * --errors every disagreement, so a rule-writer sees what to fix next. The same figures are held as floors by
 * src/core/tagging/dev-set.test.ts.
 */
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { readBriefingFiles } from '../src/core/corpus';
import { EVAL_FIELDS, evaluateTagger, tagBriefings, type GoldItem } from '../src/core/tagging';

const DEV_SET = 'src/core/tagging/__dev-set__';

async function main(): Promise<void> {
  const showErrors = process.argv.includes('--errors');
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
}

await main();
