/** The seeded synthetic graph generator. */
export { type SynthOptions, type SynthSink, synthesize, synthesizeTo } from './synth.js';
