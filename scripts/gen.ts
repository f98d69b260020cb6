/**
 * `npm run gen -- N [--seed S] [--out PATH]`: writes N synthetic briefings in the seed's text format
 * (deterministic for a given seed) to stdout or PATH.
 */
import { writeFile } from 'node:fs/promises';
import { generateBriefingText } from '../src/core/corpus';

const args = process.argv.slice(2);
const count = Number(args[0]);
const option = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
if (!Number.isInteger(count) || count <= 0) {
  process.stderr.write('Usage: npm run gen -- N [--seed S] [--out PATH]   (N: a positive whole number)\n');
  process.exit(2);
}
const text = generateBriefingText(count, Number(option('--seed') ?? 1));
const out = option('--out');
if (out) {
  await writeFile(out, text);
  process.stderr.write(`gen: ${count} briefings → ${out}\n`);
} else {
  process.stdout.write(text);
}
