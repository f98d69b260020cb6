/**
 * Prints one closing line per test runner, `unit: N passed, N failed` and `e2e: N passed, N failed`, from the JSON
 * reports vitest and Playwright write, so that a person (and CI) sees at a glance what ran.
 */
import { existsSync, readFileSync } from 'node:fs';

interface VitestReport {
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests: number;
}
interface PlaywrightReport {
  stats: { expected: number; unexpected: number; flaky: number; skipped: number };
}

function read<T>(path: string): T | null {
  return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as T) : null;
}

const unit = read<VitestReport>('reports/unit.json');
const e2e = read<PlaywrightReport>('reports/e2e.json');
if (unit) console.log(`unit: ${unit.numPassedTests} passed, ${unit.numFailedTests} failed`);
if (e2e) console.log(`e2e: ${e2e.stats.expected + e2e.stats.flaky} passed, ${e2e.stats.unexpected} failed`);
const passed = (unit?.numPassedTests ?? 0) + (e2e ? e2e.stats.expected + e2e.stats.flaky : 0);
const failed = (unit?.numFailedTests ?? 0) + (e2e?.stats.unexpected ?? 0);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 || (!unit && !e2e) ? 1 : 0);
