/**
 * `npm run parse -- FILE... [--out PATH] [--name NAME] [--corrections FILE]`: parses and tags briefing files into
 * the corpus JSON (docs/data-format.md). The JSON goes to stdout, or to PATH with --out; a one-line summary and every
 * warning go to stderr. With --corrections, the analysts' corrections are laid over the tags as the build-time data
 * step lays seeds/corrections.json (docs/decisions/018-analyst-corrections.md); a file that cannot be used is a
 * message and nothing is written. Exits 1 when nothing usable was read (or the corrections cannot be used), 2 on a
 * usage error.
 */
import { createWriteStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { finished } from 'node:stream/promises';
import { basename } from 'node:path';
import { buildCorpus } from '../src/core/tagging';
import { readBriefingFiles } from '../src/core/corpus';
import { escapeForTerminal, formatDiagnostic, parseCliArgs } from './cli-args';
import { readCorrectionsFile, withCorrections } from './corrections-file';
import { writeJson } from './write-json';

const USAGE = 'Usage: npm run parse -- FILE... [--out PATH] [--name NAME] [--corrections FILE]';

async function main(argv: string[]): Promise<number> {
  const args = parseCliArgs(argv);
  if (!args.ok) {
    process.stderr.write(`${escapeForTerminal(args.reason)}\n${USAGE}\n`);
    return 2;
  }
  const { files, out, name, corrections: correctionsPath } = args.data;
  // Read before anything else: a corrections file that cannot be used stops the run before a file is written.
  const corrections = correctionsPath ? await readCorrectionsFile(correctionsPath) : null;
  if (corrections && !corrections.ok) {
    process.stderr.write(`${escapeForTerminal(corrections.reason)}\nNothing written.\n`);
    return 1;
  }
  const sources = [];
  for (const file of files) {
    try {
      sources.push({ name: file, bytes: new Uint8Array(await readFile(file)) });
    } catch (error) {
      process.stderr.write(
        escapeForTerminal(`${file}: cannot read: ${(error as NodeJS.ErrnoException).code ?? String(error)}`) +
          '\n',
      );
    }
  }
  const started = performance.now();
  const { briefings, diagnostics } = readBriefingFiles(sources);
  const tagged = buildCorpus(briefings, diagnostics, {
    name: name ?? (files.length === 1 ? basename(files[0]!) : `${files.length} files`),
    generatedAt: new Date().toISOString(),
  });
  const corrected =
    corrections && correctionsPath ? withCorrections(tagged, corrections.data, correctionsPath) : null;
  const corpus = corrected?.corpus ?? tagged;
  const seconds = (performance.now() - started) / 1000;
  for (const d of diagnostics) process.stderr.write(formatDiagnostic(d) + '\n');
  if (corpus.briefings.length === 0) {
    process.stderr.write(`No briefings could be read from ${files.length} file(s): nothing written.\n`);
    return 1;
  }
  // Written as it is made: the whole document as one string is past V8's longest string for a big input.
  if (out) {
    const file = createWriteStream(out);
    await writeJson(file, corpus);
    file.end();
    await finished(file);
  } else await writeJson(process.stdout, corpus);
  if (corrected) process.stderr.write(`${corrected.summary}\n`);
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = diagnostics.length - errors;
  process.stderr.write(
    `Parsed ${corpus.briefings.length} briefings from ${sources.length} file(s) in ${seconds.toFixed(2)} s ` +
      `(${Math.round(corpus.briefings.length / Math.max(seconds, 1e-6))}/s); ${warnings} warning(s), ${errors} error(s)` +
      `${out ? `; wrote ${escapeForTerminal(out)}` : ''}.\n`,
  );
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(
      `parse failed: ${escapeForTerminal(error instanceof Error ? error.message : String(error))}\n`,
    );
    process.exit(1);
  },
);
