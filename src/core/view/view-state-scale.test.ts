/** A link can carry any number of values; none of them may reach the call stack (see core/corpus/scale.test.ts). */
import { describe, expect, it } from 'vitest';
import { parseViewState } from './view-state';

describe('parseViewState at scale', () => {
  it('reads a link with 150,000 filter values, keeping the good ones', () => {
    const values = Array.from({ length: 150_000 }, (_, i) => `theme=t${i}`);
    const { state, dropped } = parseViewState(`?${values.join('&')}`);
    expect(state.filters.themes).toHaveLength(150_000);
    expect(dropped).toEqual([]);
  });

  it('names each of 150,000 malformed values it leaves out', () => {
    const long = 'x'.repeat(300);
    const values = Array.from({ length: 150_000 }, (_, i) => `theme=${long}${i}`);
    const { state, dropped } = parseViewState(`?${values.join('&')}&region=EUR`);
    expect(state.filters.themes).toEqual([]);
    expect(state.filters.regions).toEqual(['EUR']);
    expect(dropped).toHaveLength(150_000);
  });
});
