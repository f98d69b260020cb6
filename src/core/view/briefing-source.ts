import { normalizeUrl, type Briefing } from '../corpus';

/** Where a briefing comes from, as a reader names it. */
export type BriefingSource = { kind: 'link'; href: string } | { kind: 'text'; text: string };

/**
 * Where a briefing comes from, in words a reader uses: its link when it has a safe (http/https) one, else the
 * corpus or file it was read from and its line — never a folder path from the build.
 * @example describeSource({ source: { file: 'WCO seed briefings', line: 12 } }) // → { kind: 'text', text: 'WCO seed briefings, line 12' }
 */
export function describeSource(briefing: Pick<Briefing, 'url' | 'source'>): BriefingSource | null {
  const href = briefing.url ? normalizeUrl(briefing.url) : null;
  if (href) return { kind: 'link', href };
  if (!briefing.source) return null;
  // A corpus built before sources were named carries a build path (seeds/000_….txt): its file name is what is left.
  const name = briefing.source.file.split(/[\\/]/).pop() || briefing.source.file;
  return { kind: 'text', text: `${name}, line ${briefing.source.line}` };
}
