/**
 * Labels at a constant size on screen, placed greedily by importance: at each zoom the heaviest
 * parties are labelled first and a label that would cover another node, label or group is left
 * out, so labels never overlap and more appear as the reader zooms in (as in Gephi and Sigma).
 * Sizes are classes (`lbl-0` … in actor-style.ts), so the stylesheet stays the one place of look.
 */
import type cytoscape from 'cytoscape';
import { type Box, overlappingPairs } from './declutter.js';

/** Label font sizes in model units, as classes lbl-0 …; a geometric series covering zooms 0.02–4. */
export const LABEL_SIZES = Object.freeze([3, 4.5, 6.5, 9, 13, 18, 26, 36, 52, 75, 105, 150, 215, 300, 430, 600]);
export const LABEL_CLASSES = LABEL_SIZES.map((_, i) => `lbl-${i}`).join(' ');
/** On-screen label size for the heaviest tier and for the rest, in pixels. */
const PX = Object.freeze({ 1: 15, 2: 13, 3: 12 });
const GROUP_PX = 13;
/** Most labels drawn at once: beyond this the screen is text, not a picture. */
const MAX_LABELS = 100;
/** Most nodes tried for a label, heaviest first: each try costs a style and a text measurement. */
const MAX_TRIES = 120;

/** The label-size class that draws text at about `px` pixels at `zoom`. */
export function sizeClass(px: number, zoom: number): string {
  const want = px / zoom;
  let best = 0;
  for (let i = 0; i < LABEL_SIZES.length; i++)
    if (Math.abs(LABEL_SIZES[i]! - want) < Math.abs(LABEL_SIZES[best]! - want)) best = i;
  return `lbl-${best}`;
}

/** Fresh boxes: Cytoscape's cache can lag a class change or a move inside a batch. */
const WITH_LABELS = { includeLabels: true, useCache: false } as cytoscape.BoundingBoxOptions;
const BODY = { includeLabels: false, useCache: false } as cytoscape.BoundingBoxOptions;

const boxOf = (id: string, b: cytoscape.BoundingBox12): Box => ({ id, x1: b.x1, y1: b.y1, x2: b.x2, y2: b.y2 });
const overlap = (a: Box, b: Box) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;
const inside = (a: Box, b: Box) => a.x1 >= b.x1 && a.x2 <= b.x2 && a.y1 >= b.y1 && a.y2 <= b.y2;

/** Sizes the group labels for the current zoom (before the groups are pushed apart). */
export function sizeGroupLabels(cy: cytoscape.Core): void {
  const cls = sizeClass(GROUP_PX, cy.zoom());
  cy.batch(() => cy.nodes('.group').removeClass(LABEL_CLASSES).addClass(cls));
}

const byWeight = (a: cytoscape.SingularElementArgument, b: cytoscape.SingularElementArgument) =>
  Number(b.data('weight') ?? b.data('size') ?? 0) - Number(a.data('weight') ?? a.data('size') ?? 0);
const tierOf = (node: cytoscape.NodeSingular): 1 | 2 | 3 =>
  node.hasClass('tier-1') ? 1 : node.hasClass('tier-2') ? 2 : 3;

/**
 * Before the overlap removal: the `count` heaviest parties get their label, sized for a zoom a
 * little below the current one, so declutter.ts makes room for the names that matter most.
 */
export function preLabel(cy: cytoscape.Core, count: number): void {
  const zoom = cy.zoom() * 0.8;
  const top = cy.nodes(':childless').not('.hidden').sort(byWeight).slice(0, count);
  cy.batch(() => {
    for (const node of top) node.removeClass(LABEL_CLASSES).addClass(`labelled ${sizeClass(PX[tierOf(node)], zoom)}`);
  });
}

/** Smallest on-screen size a label may shrink to when its full size does not fit. */
const MIN_PX = 9;

/**
 * Labels the leaf nodes for the current zoom. Group labels keep their size; a member's label
 * must stay inside its group's box, any other label clear of every box it does not belong to.
 * A label that does not fit is tried once more a size smaller.
 */
export function placeLabels(cy: cytoscape.Core): number {
  const zoom = cy.zoom();
  const leaves = cy.nodes(':childless').not('.hidden');
  const groups = cy.nodes(':parent').not('.hidden');
  // Group boxes as they stand (with the labels placed before), so no new label can grow one.
  const groupBody = new Map(groups.map((g) => [g.id(), boxOf(g.id(), g.boundingBox(BODY))]));
  const groupBoxes = groups.map((g) => boxOf(g.id(), g.boundingBox(WITH_LABELS)));
  cy.batch(() => leaves.removeClass(`labelled ${LABEL_CLASSES}`));
  const extent = cy.extent();
  const view: Box = { id: 'view', x1: extent.x1, y1: extent.y1, x2: extent.x2, y2: extent.y2 };
  const bodies = new Map(leaves.map((n) => [n.id(), boxOf(n.id(), n.boundingBox(BODY))]));
  const obstacles: Box[] = [...bodies.values(), ...groupBoxes];
  const tries = leaves
    .filter((n) => overlap(bodies.get(n.id())!, view))
    .sort(byWeight)
    .slice(0, MAX_TRIES)
    .toArray() as cytoscape.NodeSingular[];
  const placed: Box[] = [];
  const fits = (node: cytoscape.NodeSingular): boolean => {
    const box = boxOf(node.id(), node.boundingBox(WITH_LABELS));
    const parentId = node.parent().nonempty() ? node.parent().first().id() : null;
    const ok =
      placed.length < MAX_LABELS &&
      (!parentId || (groupBody.has(parentId) && inside(box, groupBody.get(parentId)!))) &&
      !obstacles.some((o) => o.id !== node.id() && o.id !== parentId && overlap(box, o)) &&
      !placed.some((p) => overlap(box, p));
    if (ok) placed.push(box);
    return ok;
  };
  // Every candidate gets its label at once (one style pass), then the greedy choice runs on the boxes.
  let pending: { node: cytoscape.NodeSingular; px: number }[] = tries.map((node) => ({ node, px: PX[tierOf(node)] }));
  for (let attempt = 0; attempt < 2 && pending.length; attempt++) {
    cy.batch(() => {
      for (const { node, px } of pending) node.removeClass(LABEL_CLASSES).addClass(`labelled ${sizeClass(px, zoom)}`);
    });
    const rejected = pending.filter(({ node }) => !fits(node));
    cy.batch(() => {
      for (const { node } of rejected) node.removeClass(`labelled ${LABEL_CLASSES}`);
    });
    pending = rejected.filter(({ px }) => px * 0.7 >= MIN_PX).map(({ node, px }) => ({ node, px: px * 0.7 }));
  }
  return placed.length;
}

/** Pairs of visible nodes whose boxes, labels included, overlap (a node and its own group aside). */
export function labelOverlaps(cy: cytoscape.Core): [string, string][] {
  const nodes = cy.nodes().not('.hidden');
  const boxes = nodes.map((n) => boxOf(n.id(), n.boundingBox(WITH_LABELS)));
  return overlappingPairs(boxes)
    .map(([i, j]) => [nodes[i]!, nodes[j]!] as const)
    .filter(([a, b]) => !a.ancestors().contains(b) && !b.ancestors().contains(a))
    .map(([a, b]) => [a.id(), b.id()]);
}
