/** The domain: the closed vocabulary, the records a graph is made of, dates, and the query vocabulary. */
export * from './fuzzy-date.js';
export * from './queries.js';
export * from './records.js';
export * from './vocabulary.js';
