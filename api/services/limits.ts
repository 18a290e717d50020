/** Caps on what one request may ask for; each is documented in the field it bounds. */
import { badInput } from '../errors/index.js';

export const LIMITS = {
  /** Connection page size (parties, events, relationships). */
  pageSize: 100,
  search: 50,
  neighbourhoodDepth: 3,
  neighbourhoodNodes: 1000,
  pathLength: 10,
  /** Paths returned by `path(all: true)`. */
  paths: 50,
  networkEdges: 5000,
} as const;

/** Checks a whole-number argument against [min, max]; names the argument in the error. */
export function checkRange(field: string, value: number, min: number, max: number): number {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw badInput(field, `"${field}" must be between ${min} and ${max}, got ${value}.`);
  }
  return value;
}
