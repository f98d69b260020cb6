import { describe, expect, it } from 'vitest';
import {
  addSavedView,
  deleteSavedView,
  moveSavedView,
  readSavedViews,
  renameSavedView,
  setInDeck,
  viewQueryOf,
  type SavedView,
} from './saved-views';

const view = (id: string, over: Partial<SavedView> = {}): SavedView => ({
  id,
  name: `View ${id}`,
  query: `region=${id}`,
  inDeck: true,
  savedAt: '2026-11-28T10:00:00Z',
  ...over,
});

describe('readSavedViews', () => {
  it.each([
    [null, 0, 0],
    ['not json', 0, 1],
    ['{"a":1}', 0, 1],
    [JSON.stringify([view('a'), { id: 'b' }, view('a'), view('c')]), 2, 2],
  ])('%s → %i views, %i damaged', (json, count, damaged) => {
    const out = readSavedViews(json);
    expect(out.views).toHaveLength(count);
    expect(out.damaged).toBe(damaged);
  });
});

describe('editing the list', () => {
  const list = [view('a'), view('b'), view('c')];
  it('adds at the end, in the deck, with a name', () => {
    const out = addSavedView(list, '  Europe, e-commerce ', 'region=EUR', 'now', 'd');
    expect(out.at(-1)).toEqual({
      id: 'd',
      name: 'Europe, e-commerce',
      query: 'region=EUR',
      inDeck: true,
      savedAt: 'now',
    });
    expect(addSavedView([], ' ', '', 'now', 'e')[0]!.name).toBe('Untitled view');
  });
  it('renames, but never to nothing', () => {
    expect(renameSavedView(list, 'b', 'Balkans')[1]!.name).toBe('Balkans');
    expect(renameSavedView(list, 'b', '  ')[1]!.name).toBe('View b');
  });
  it('deletes', () => expect(deleteSavedView(list, 'b').map((v) => v.id)).toEqual(['a', 'c']));
  it.each([
    ['b', -1, ['b', 'a', 'c']],
    ['b', 1, ['a', 'c', 'b']],
    ['a', -1, ['a', 'b', 'c']],
    ['c', 1, ['a', 'b', 'c']],
  ] as const)('moves %s by %i', (id, by, order) => {
    expect(moveSavedView(list, id, by).map((v) => v.id)).toEqual(order);
  });
  it('takes a view out of the deck', () => expect(setInDeck(list, 'a', false)[0]!.inDeck).toBe(false));
});

describe('viewQueryOf', () => {
  it('keeps the view and leaves out the moment (slide, open briefing, deck)', () => {
    expect(viewQueryOf('?region=EUR&q=plastic&slide=3&open=b1&deck=1&map=region')).toBe(
      'q=plastic&region=EUR&map=region',
    );
  });
});
