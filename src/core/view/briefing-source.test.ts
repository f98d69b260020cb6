import { describe, expect, it } from 'vitest';
import { describeSource } from './briefing-source';

describe('describeSource', () => {
  it.each([
    [
      { source: { file: 'WCO seed briefings', line: 12 } },
      { kind: 'text', text: 'WCO seed briefings, line 12' },
    ],
    // An older build kept the folder path: the reader sees the file's name only.
    [{ source: { file: 'seeds/000_cf43.txt', line: 3 } }, { kind: 'text', text: '000_cf43.txt, line 3' }],
    [{ source: { file: 'C:\\data\\news.csv', line: 4 } }, { kind: 'text', text: 'news.csv, line 4' }],
    // The link, when there is a safe one, is the source a reader can follow.
    [
      { url: 'https://www.wcoomd.org/en/media/news.aspx', source: { file: 'x.csv', line: 2 } },
      { kind: 'link', href: 'https://www.wcoomd.org/en/media/news.aspx' },
    ],
    [
      { url: 'javascript:alert(1)', source: { file: 'x.csv', line: 2 } },
      { kind: 'text', text: 'x.csv, line 2' },
    ],
    [{}, null],
  ])('%j', (briefing, expected) => {
    expect(describeSource(briefing)).toEqual(expected);
  });
});
