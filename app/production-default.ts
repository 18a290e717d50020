/**
 * An unset NODE_ENV means production (core/config.ts reads it so); this says so to the libraries
 * too, before any of them loads. graphql-js reads it once, when it loads, and otherwise runs its
 * development checks (a cross-realm `instanceof` fallback) on every value it completes. main.ts
 * imports this module first.
 */
process.env.NODE_ENV ??= 'production';
