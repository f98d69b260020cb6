export * from './normalize';
export * from './search-briefings';
export * from './search-highlight';
export * from './search-index';
export * from './search-query';
export * from './search-synonyms';
