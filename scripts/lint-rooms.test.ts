/**
 * The layering is enforced by lint (eslint.config.js), not by convention: these cases show that a deep import across
 * the core's rooms, or from a script into the app, is an error, and that the entries themselves are fine.
 */
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });

async function restrictedPathErrors(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? [])
    .filter((m) => m.ruleId === 'import-x/no-restricted-paths')
    .map((m) => m.message);
}

// The first lint loads the TypeScript resolver: seconds on a busy machine, so more than the default 5 s.
describe('the core rooms and layers (lint zones)', { timeout: 30_000 }, () => {
  it.each([
    [
      "import { REGIONS } from '../corpus/regions';",
      'src/core/view/probe.ts',
      /corpus room through its entry/,
    ],
    [
      "import { tagBriefing } from '@/core/tagging/tag-briefing';",
      'src/features/import/probe.ts',
      /tagging room/,
    ],
    ["import { normalizeText } from '../src/core/search/normalize';", 'scripts/probe.ts', /search room/],
    ["import { deriveView } from '../../core/view/facets';", 'src/app/probe/probe.ts', /view room/],
    [
      "import { WorldMap } from '../src/features/map/components/world-map';",
      'scripts/probe.ts',
      /scripts use the core/,
    ],
  ])('refuses %s in %s', async (code, filePath, message) => {
    const errors = await restrictedPathErrors(code, filePath);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(message);
  });

  it.each([
    ["import { REGIONS } from '../corpus';", 'src/core/view/probe.ts'],
    ["import { tagBriefing } from '@/core/tagging';", 'src/features/import/probe.ts'],
    ["import { normalizeText } from './normalize';", 'src/core/search/probe.ts'],
  ])('accepts %s in %s', async (code, filePath) => {
    expect(await restrictedPathErrors(code, filePath)).toEqual([]);
  });
});
