export * from './build-corpus';
export * from './dictionaries';
export * from './gazetteer';
export * from './match-text';
export * from './tag-briefing';
export * from './taxonomy';
export * from './region-phrases';
