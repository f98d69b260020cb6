import type { Briefing } from '../core/corpus';

/** For tests: a briefing with the fields given and every tag list empty. */
export function untaggedBriefing(
  fields: Pick<Briefing, 'id' | 'title' | 'summary'> & Partial<Briefing>,
): Briefing {
  return {
    themes: [],
    regions: [],
    countries: [],
    programmes: [],
    organizations: [],
    instruments: [],
    people: [],
    funders: [],
    mentions: [],
    ...fields,
  };
}
