import { describe, expect, it } from 'vitest';
import { segmentText } from './highlight';

describe('segmentText', () => {
  it.each([
    ['abc', [], [{ text: 'abc', start: 0, keys: [] }]],
    [
      'WCO in Bosnia',
      [{ start: 7, end: 13, key: 'BIH' }],
      [
        { text: 'WCO in ', start: 0, keys: [] },
        { text: 'Bosnia', start: 7, keys: ['BIH'] },
      ],
    ],
    [
      'abcdef',
      [
        { start: 0, end: 4, key: 'x' },
        { start: 2, end: 6, key: 'y' },
      ],
      [
        { text: 'ab', start: 0, keys: ['x'] },
        { text: 'cd', start: 2, keys: ['x', 'y'] },
        { text: 'ef', start: 4, keys: ['y'] },
      ],
    ],
    ['abc', [{ start: 2, end: 9, key: 'out of range' }], [{ text: 'abc', start: 0, keys: [] }]],
  ])('%s', (text, spans, expected) => {
    expect(segmentText(text, spans)).toEqual(expected);
  });
});
