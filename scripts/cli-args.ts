import type { Diagnostic, Result } from '../src/core/corpus';

export interface ParseArgs {
  files: string[];
  out?: string;
  name?: string;
}

/** Parses `FILE... [--out PATH] [--name NAME]`. */
export function parseCliArgs(argv: readonly string[]): Result<ParseArgs> {
  const files: string[] = [];
  const options: { out?: string; name?: string } = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--out' || arg === '--name') {
      const value = argv[i + 1];
      if (!value || value.startsWith('--')) return { ok: false, reason: `${arg} needs a value.` };
      options[arg === '--out' ? 'out' : 'name'] = value;
      i++;
    } else if (arg.startsWith('--')) {
      return { ok: false, reason: `Unknown option ${arg}.` };
    } else {
      files.push(arg);
    }
  }
  if (files.length === 0) return { ok: false, reason: 'No input files given.' };
  return { ok: true, data: { files, ...options } };
}

/** `file:line: severity: message`, the shape editors and terminals link. */
export function formatDiagnostic(d: Diagnostic): string {
  return `${d.file}${d.line > 0 ? `:${d.line}` : ''}: ${d.severity}: ${d.message}`;
}
