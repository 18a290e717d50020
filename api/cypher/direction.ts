/** Which relationships of a node to follow, relative to that node. */
export const DIRECTIONS = ['OUT', 'IN', 'BOTH'] as const;
export type Direction = (typeof DIRECTIONS)[number];
