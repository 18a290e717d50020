/** The seeded synthetic graph generator. */
export { type SynthOptions, synthesize } from './synth.js';
