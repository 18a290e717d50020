/**
 * Reading the explorer's parties view (the actor network) in a page opened with the debug flag:
 * the counts line, what Cytoscape draws, and which visible nodes or labels overlap.
 */
import type { Page } from 'playwright-core';

export const testid = (page: Page, id: string) => page.locator(`[data-testid="${id}"]`);

export interface CountsLine {
  text: string;
  ties: number;
  totalTies: number;
  parties: number;
  totalParties: number;
}

/** The sentence under the graph and the figures it carries as data attributes. */
export async function countsLine(page: Page): Promise<CountsLine> {
  const line = testid(page, 'counts');
  const n = async (name: string) => Number(await line.getAttribute(`data-${name}`));
  return {
    text: (await line.textContent()) ?? '',
    ties: await n('ties'),
    totalTies: await n('total-ties'),
    parties: await n('parties'),
    totalParties: await n('total-parties'),
  };
}

export interface Drawn {
  /** Ids of the ties behind the drawn edges (an edge stands for one tie unless groups are collapsed). */
  ties: string[];
  parties: number;
  labelled: number;
  /** Each drawn edge's weight and the ids of its ties. */
  edges: { weight: number; ties: string[] }[];
}

/** What Cytoscape holds. */
export function drawn(page: Page): Promise<Drawn> {
  return page.evaluate(() => {
    const cy = (window as unknown as { cy: import('cytoscape').Core }).cy;
    const edges = cy.edges().map((e) => ({ weight: e.data('weight') as number, ties: e.data('ties') as string[] }));
    return {
      ties: edges.flatMap((e) => e.ties),
      parties: cy.nodes('.party').length,
      labelled: cy.nodes('.labelled').length,
      edges,
    };
  });
}

/** Pairs of visible nodes whose boxes, labels included, overlap (a node and its own group excepted). */
export function overlaps(
  page: Page,
): Promise<{ visible: number; clashes: string[]; labelled: number; heaviest: number }> {
  return page.evaluate(() => {
    const cy = (window as unknown as { cy: import('cytoscape').Core }).cy;
    const nodes = cy.nodes(':visible');
    const boxes = nodes.map((n) => n.boundingBox({ includeLabels: true }));
    const clashes: string[] = [];
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) {
        const a = boxes[i]!;
        const b = boxes[j]!;
        const na = nodes[i]!;
        const nb = nodes[j]!;
        if (na.ancestors().contains(nb) || nb.ancestors().contains(na)) continue;
        if (a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2) clashes.push(`${na.id()} × ${nb.id()}`);
      }
    }
    const heaviest = cy
      .nodes('.party')
      .sort((a, b) => b.data('weight') - a.data('weight'))
      .slice(0, 5)
      .filter((n) => n.hasClass('labelled')).length;
    return { visible: nodes.length, clashes, labelled: cy.nodes('.labelled').length, heaviest };
  });
}

/** Taps a node as the canvas would, without hunting for its pixels. */
export function tap(page: Page, id: string): Promise<void> {
  return page.evaluate((nid) => {
    (window as unknown as { cy: import('cytoscape').Core }).cy.getElementById(nid).emit('tap');
  }, id);
}

/** The ms from navigation start to the explorer's `faultline:ready` mark. */
export function readyAfter(page: Page): Promise<number> {
  return page.evaluate(() => performance.getEntriesByName('faultline:ready')[0]!.startTime);
}
