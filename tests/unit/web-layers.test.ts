import { describe, expect, it } from 'vitest';
import { assignLayers, layeredPositions } from '../../web/src/graph/layers.js';

const e = (source: string, target: string) => ({ source, target });

describe('the representation hierarchy', () => {
  // Singh speaks for the Pentagon and for the United States, which leads the coalition.
  const nodes = ['coalition', 'united-states', 'pentagon', 'singh', 'us-forces'];
  const edges = [
    e('united-states', 'coalition'),
    e('singh', 'pentagon'),
    e('singh', 'united-states'),
    e('us-forces', 'united-states'),
  ];

  it('puts every representative below everything it speaks for', () => {
    const layer = assignLayers(nodes, edges);
    for (const edge of edges) expect(layer.get(edge.source)).toBeGreaterThan(layer.get(edge.target) ?? -1);
    expect(layer.get('coalition')).toBe(0);
    expect(layer.get('singh')).toBe(2);
  });

  it('draws no edge sideways within a layer', () => {
    const positions = layeredPositions(nodes, edges);
    for (const edge of edges) expect(positions.get(edge.source)?.y).toBeGreaterThan(positions.get(edge.target)?.y ?? 0);
  });

  it('never puts two nodes on the same spot', () => {
    const positions = [...layeredPositions(nodes, edges).values()].map((p) => `${p.x},${p.y}`);
    expect(new Set(positions).size).toBe(nodes.length);
  });

  it('survives a cycle in the data', () => {
    const layer = assignLayers(['a', 'b', 'c'], [e('a', 'b'), e('b', 'c'), e('c', 'a')]);
    expect([...layer.keys()].sort()).toEqual(['a', 'b', 'c']);
    expect(new Set(layer.values()).size).toBe(3);
  });

  it('orders a layer by its neighbours so edges do not cross needlessly', () => {
    // Two bodies, each with its own spokesperson: the spokespeople sit under their own bodies.
    const positions = layeredPositions(
      ['body-a', 'body-b', 'z-speaks-for-a', 'a-speaks-for-b'],
      [e('z-speaks-for-a', 'body-a'), e('a-speaks-for-b', 'body-b')],
    );
    const x = (id: string) => positions.get(id)?.x ?? Number.NaN;
    expect(Math.sign(x('z-speaks-for-a') - x('a-speaks-for-b'))).toBe(Math.sign(x('body-a') - x('body-b')));
  });
});
