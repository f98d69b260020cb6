/**
 * Reads the briefing text format: a title line, a blank line, the same title again, a blank line, one summary
 * paragraph; repeated. Tolerant of what real files do (CRLF, BOM, tabs, wrapped summaries, unrepeated titles) and
 * honest about what it cannot read: every problem is reported with file and line, and every good briefing is kept.
 */
import type { Diagnostic, RawBriefing } from './contract';
import { hashBriefing } from './briefing-id';

export interface ParseOutcome {
  briefings: RawBriefing[];
  diagnostics: Diagnostic[];
}

/** Titles longer than this are read as summaries. Real WCO titles run 40–120 characters. */
const MAX_TITLE_LENGTH = 220;

interface Block {
  text: string;
  /** 1-based line of the block's first line. */
  line: number;
  lines: number;
}

const NOT_PRINTABLE_ASCII = /[^ -~]/;

/**
 * Normalises one line of corpus text: NFC, curly quotes to straight, non-breaking and other odd spaces to plain
 * spaces, zero-width characters removed, runs of white space folded, ends trimmed.
 * @example normalizeLine('  “Smart”\u00a0borders\t') // → '"Smart" borders'
 */
export function normalizeLine(line: string): string {
  // Printable ASCII with single spaces (most lines) has nothing to normalise but its ends.
  if (!NOT_PRINTABLE_ASCII.test(line) && !line.includes('  ')) return line.trim();
  return line
    .normalize('NFC')
    .replace(/[\u200B-\u200D\u2060\uFEFF]/g, '')
    .replace(/[\u2018\u2019\u201A\u201B\u2032]/g, "'")
    .replace(/[\u201C\u201D\u201E\u201F\u2033]/g, '"')
    .replace(/[\t\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/g, ' ')
    .replace(/ {2,}/g, ' ')
    .trim();
}

function toBlocks(text: string): Block[] {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const blocks: Block[] = [];
  let current: Block | null = null;
  lines.forEach((raw, index) => {
    const line = normalizeLine(raw);
    if (line === '') {
      current = null;
      return;
    }
    if (current) {
      current.text += ' ' + line;
      current.lines += 1;
    } else {
      current = { text: line, line: index + 1, lines: 1 };
      blocks.push(current);
    }
  });
  return blocks;
}

function sameText(a: Block | undefined, b: Block | undefined): boolean {
  if (!a || !b) return false;
  if (a.text === b.text) return true;
  // Lower-casing keeps the length of printable ASCII: two such texts of different lengths differ (a title and its
  // summary, on every briefing), with no copies made.
  if (
    a.text.length !== b.text.length &&
    !NOT_PRINTABLE_ASCII.test(a.text) &&
    !NOT_PRINTABLE_ASCII.test(b.text)
  )
    return false;
  return a.text.toLocaleLowerCase() === b.text.toLocaleLowerCase();
}

/** A summary is a paragraph: long, wrapped, or made of sentences. A title is a single short headline. */
function looksLikeSummary(block: Block): boolean {
  if (block.lines > 1 || block.text.length > MAX_TITLE_LENGTH) return true;
  const sentences = block.text.split(/[.!?]["')\]]?\s+(?=[A-Z"'(])/).length;
  return sentences >= 2 || (/[.!]["')\]]?$/.test(block.text) && block.text.split(' ').length >= 12);
}

/**
 * Parses briefing text into raw briefings and diagnostics. Never throws.
 * @example parseBriefingText('Title\n\nTitle\n\nSummary text.', 'a.txt').briefings[0].title // → 'Title'
 */
export function parseBriefingText(text: string, file: string): ParseOutcome {
  const diagnostics: Diagnostic[] = [];
  const briefings: RawBriefing[] = [];
  const warn = (line: number, code: string, message: string) =>
    diagnostics.push({ severity: 'warning', code, message, file, line });

  const blocks = toBlocks(text.replace(/^\uFEFF/, ''));
  if (blocks.length === 0) {
    diagnostics.push({
      severity: 'error',
      code: 'empty-file',
      message: 'The file has no text.',
      file,
      line: 0,
    });
    return { briefings, diagnostics };
  }

  const seen = new Map<string, number>();
  const emit = (title: Block, summary: Block) => {
    const id = hashBriefing(title.text, summary.text);
    const firstLine = seen.get(id);
    if (firstLine !== undefined) {
      warn(
        title.line,
        'duplicate',
        `Duplicate of the briefing at line ${firstLine}, "${clip(title.text)}": kept once.`,
      );
      return;
    }
    seen.set(id, title.line);
    briefings.push({ id, title: title.text, summary: summary.text, source: { file, line: title.line } });
  };

  let i = 0;
  while (i < blocks.length) {
    const block = blocks[i]!;
    const repeated = sameText(block, blocks[i + 1]);
    if (!repeated && looksLikeSummary(block) && !isTitleBeforeSummary(blocks, i)) {
      warn(block.line, 'summary-without-title', `A summary with no title before it: "${clip(block.text)}".`);
      i += 1;
      continue;
    }
    // `block` is a title. Skip any repeats of it.
    let j = i + 1;
    while (sameText(block, blocks[j])) j += 1;
    const next = blocks[j];
    if (!next || !isSummaryAt(blocks, j, repeated)) {
      warn(block.line, 'title-without-summary', `A title with no summary: "${clip(block.text)}".`);
      i = j;
      continue;
    }
    emit(block, next);
    // A summary given twice, as the title is, is still one summary.
    i = j + 1;
    while (sameText(next, blocks[i])) i += 1;
  }
  return { briefings, diagnostics };
}

/**
 * Whether the block at `j`, after a title, is that title's summary. A block that reads as a summary is one, even
 * when it is given twice; any other block that is itself repeated is a new title. After a repeated title the format says a summary comes next, so even a short block is one, unless a
 * summary follows it (then it is an unrepeated title and the previous title had none). After a single title, the
 * block must read as a summary.
 */
function isSummaryAt(blocks: Block[], j: number, afterRepeatedTitle: boolean): boolean {
  const block = blocks[j]!;
  const after = blocks[j + 1];
  if (looksLikeSummary(block)) return true;
  if (sameText(block, after)) return false;
  return afterRepeatedTitle && !(after && looksLikeSummary(after));
}

/**
 * Whether a single, unrepeated block that reads like a sentence or two is in fact a title: a headline with a full
 * stop in it ("WCO adopts resolution. New era begins"). It is, when it is one short line and the next block is a
 * longer summary for it.
 */
function isTitleBeforeSummary(blocks: Block[], i: number): boolean {
  const block = blocks[i]!;
  const next = blocks[i + 1];
  if (block.lines > 1 || block.text.length > MAX_TITLE_LENGTH || !next) return false;
  return next.text.length > block.text.length && isSummaryAt(blocks, i + 1, false);
}

function clip(text: string, max = 60): string {
  return text.length > max ? text.slice(0, max - 1) + '…' : text;
}
