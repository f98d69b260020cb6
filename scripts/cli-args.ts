import type { Diagnostic, Result } from '../src/core/corpus';

export interface ParseArgs {
  files: string[];
  out?: string;
  name?: string;
  /** A corrections file (docs/data-format.md, "Corrections") to lay over the tagger's output. */
  corrections?: string;
}

const VALUE_OPTIONS = { '--out': 'out', '--name': 'name', '--corrections': 'corrections' } as const;

/** Parses `FILE... [--out PATH] [--name NAME] [--corrections FILE]`. */
export function parseCliArgs(argv: readonly string[]): Result<ParseArgs> {
  const files: string[] = [];
  const options: Omit<ParseArgs, 'files'> = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (Object.hasOwn(VALUE_OPTIONS, arg)) {
      const value = argv[i + 1];
      if (!value || value.startsWith('--')) return { ok: false, reason: `${arg} needs a value.` };
      options[VALUE_OPTIONS[arg as keyof typeof VALUE_OPTIONS]] = value;
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

/** `file:line: severity: message`, the shape editors and terminals link; safe to print (see `escapeForTerminal`). */
export function formatDiagnostic(d: Diagnostic): string {
  return escapeForTerminal(`${d.file}${d.line > 0 ? `:${d.line}` : ''}: ${d.severity}: ${d.message}`);
}

// eslint-disable-next-line no-control-regex -- control characters are exactly what is escaped
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/**
 * Text from a file (a title, a file name) made safe for a terminal: control characters (ESC and the rest of C0 and
 * C1, DEL) and bidirectional overrides are written as escapes, so a title cannot retitle, clear or recolour the
 * terminal, nor reorder what the line shows.
 * @example escapeForTerminal('A \x1b]0;pwned\x07 title') // → 'A \\x1b]0;pwned\\x07 title'
 */
export function escapeForTerminal(text: string): string {
  return text.replace(UNSAFE, (ch) => {
    const code = ch.charCodeAt(0);
    return code <= 0xff
      ? `\\x${code.toString(16).padStart(2, '0')}`
      : `\\u${code.toString(16).padStart(4, '0')}`;
  });
}
