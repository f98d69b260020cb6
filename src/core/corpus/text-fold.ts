/**
 * The text fold, once for the tagger and the search: how a letter of any script and form compares. Both sides fold
 * with `foldLetters`, so "Ħal Far", "ﬁnance", "Ｅ-commerce" and "Côte" read the same to the tagger's phrase matcher
 * (tagging/match-text.ts) and to the search normaliser (search/normalize.ts).
 *
 * The two sides differ on purpose in how they cut words, and only there (tested in text-fold.test.ts):
 * - `&`: the tagger reads it as "and", so "Bosnia & Herzegovina" is the country's name; the search treats it as
 *   punctuation, so "R&D" is two words and a query never has to spell the ampersand.
 * - `.`: the tagger lets words glue across dots, so "U.S." names the United States; the search keeps "1.5", "U.S."
 *   and "border.The" apart (a dot is not a compound joiner there: decision 003).
 */

/** Letters that Unicode does not decompose but a reader treats as plain Latin (lower case; capitals lower first). */
export const LETTER_FOLDS: Readonly<Record<string, string>> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ı: 'i',
  ħ: 'h',
  // Lower-casing a whole word writes a final sigma; one letter at a time does not. Both read as σ.
  ς: 'σ',
};
const LETTER_FOLD_RE = new RegExp(`[${Object.keys(LETTER_FOLDS).join('')}]`, 'g');

/**
 * Folds case, accents and compatibility forms (ligatures, full-width letters, superscripts) to plain lower case.
 * @example foldLetters('Ħal Far ﬁnance Ｅ') // → 'hal far finance e'
 */
export function foldLetters(text: string): string {
  return (
    text
      .normalize('NFKD')
      .toLowerCase()
      .replace(/\p{M}+/gu, '')
      .replace(LETTER_FOLD_RE, (c) => LETTER_FOLDS[c] ?? c)
      // The modifier apostrophe is a letter to Unicode ("ŉ" decomposes to it) but an apostrophe to a reader.
      .replace(/\u02BC/g, "'")
  );
}
