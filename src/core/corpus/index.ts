/** The corpus room: reading files (text, JSON, CSV), the parser, the corpus contract, the region and tag-kind tables, the compact encoding. */
export * from './binary-codec';
export * from './briefing-id';
export * from './contract';
export * from './corpus-compact';
export * from './decode-file';
export * from './generate-briefings';
export * from './merge-corpus';
export * from './normalize-fields';
export * from './parse-csv';
export * from './parse-text';
export * from './place-roles';
export * from './read-briefings';
export * from './read-records';
export * from './regions';
export * from './tag-columns';
export * from './tag-kinds';
export * from './text-fold';
