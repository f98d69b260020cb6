/**
 * A briefing's id is derived from its content, so it is the same on every run and machine, and an exact
 * duplicate gets the same id (which is how duplicates are found).
 */

/**
 * 64-bit FNV-1a over the UTF-16 code units of title and summary, as 16 hex digits prefixed with `b`.
 * @example hashBriefing('Title', 'Summary.') // → 'b' + 16 hex digits, stable across runs
 */
export function hashBriefing(title: string, summary: string): string {
  const text = `${title}\n${summary}`;
  // Two 32-bit lanes stand in for one 64-bit FNV-1a state (prime 0x100000001b3), kept exact with Math.imul.
  let h1 = 0x84222325;
  let h2 = 0xcbf29ce4;
  for (let i = 0; i < text.length; i++) {
    h1 ^= text.charCodeAt(i);
    // (h2:h1) * 0x1b3 + ((h1 * 1) << 40 folded into h2)
    const lo = Math.imul(h1, 0x1b3);
    const carry = Math.floor(((h1 >>> 0) * 0x1b3) / 0x100000000);
    h2 = (Math.imul(h2, 0x1b3) + carry + (h1 << 8)) | 0;
    h1 = lo | 0;
  }
  return 'b' + hex(h2) + hex(h1);
}

function hex(n: number): string {
  return (n >>> 0).toString(16).padStart(8, '0');
}
