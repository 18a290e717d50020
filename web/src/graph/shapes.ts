/**
 * Node shapes as SVG, for the legend swatches and the SVG export. Polygons are given in unit
 * coordinates (-1..1), as Cytoscape defines them, and scaled to the node's size.
 */
import type { NodeShape } from './style.js';

const regular = (sides: number, rotation: number): [number, number][] =>
  Array.from({ length: sides }, (_, i) => {
    const a = rotation + (2 * Math.PI * i) / sides;
    return [Math.cos(a), Math.sin(a)];
  });

const POLYGONS: Partial<Record<NodeShape, [number, number][]>> = {
  rectangle: [
    [-1, -1],
    [1, -1],
    [1, 1],
    [-1, 1],
  ],
  triangle: [
    [0, -1],
    [1, 1],
    [-1, 1],
  ],
  diamond: [
    [0, -1],
    [1, 0],
    [0, 1],
    [-1, 0],
  ],
  hexagon: regular(6, 0),
  pentagon: regular(5, -Math.PI / 2),
  octagon: regular(8, Math.PI / 8),
  vee: [
    [-1, -1],
    [0, -0.333],
    [1, -1],
    [0, 1],
  ],
  tag: [
    [-1, -1],
    [0.333, -1],
    [1, 0],
    [0.333, 1],
    [-1, 1],
  ],
  star: Array.from({ length: 10 }, (_, i) => {
    const r = i % 2 === 0 ? 1 : 0.4;
    const a = -Math.PI / 2 + (Math.PI * i) / 5;
    return [r * Math.cos(a), r * Math.sin(a)] as [number, number];
  }),
};

const num = (n: number): string => (Math.round(n * 100) / 100).toString();

/** An SVG element drawing `shape` centred on (x, y), `w` by `h`, with the given attributes. */
export function shapeSvg(shape: NodeShape, x: number, y: number, w: number, h: number, attrs: string): string {
  if (shape === 'ellipse')
    return `<ellipse cx="${num(x)}" cy="${num(y)}" rx="${num(w / 2)}" ry="${num(h / 2)}" ${attrs}/>`;
  if (shape === 'round-rectangle') {
    const r = Math.min(w, h) / 4;
    return `<rect x="${num(x - w / 2)}" y="${num(y - h / 2)}" width="${num(w)}" height="${num(h)}" rx="${num(r)}" ${attrs}/>`;
  }
  const points = (POLYGONS[shape] ?? POLYGONS.rectangle!).map(
    ([px, py]) => `${num(x + (px * w) / 2)},${num(y + (py * h) / 2)}`,
  );
  return `<polygon points="${points.join(' ')}" ${attrs}/>`;
}
