/**
 * The look of the actor-level and blocs views: parties sized by weight (or a centrality),
 * labels sized by importance and dropped below a readable size as the reader zooms out, groups
 * as compound boxes, ties by weight and, in the blocs view, by sign; blocs by colour.
 */
import type cytoscape from 'cytoscape';
import { LABEL_SIZES } from './labels.js';

/** Bloc colours, in bloc order (Tableau 10, which stays distinct for colour-blind readers). */
export const BLOC_COLOURS = Object.freeze([
  '#4e79a7',
  '#f28e2b',
  '#59a14f',
  '#b07aa1',
  '#edc948',
  '#76b7b2',
  '#ff9da7',
  '#9c755f',
]);
export const POSITIVE_COLOUR = '#2ca02c';
export const NEGATIVE_COLOUR = '#d62728';
export const UNBALANCED_COLOUR = '#ff00aa';

/** Below this on-screen size a label is not drawn (while labels are being re-placed after a zoom). */
export const MIN_ZOOMED_FONT = 6;

export function actorStyles(): cytoscape.StylesheetJson {
  return [
    {
      selector: 'node.party, node.collapsed, node.signed',
      style: {
        width: 'data(size)',
        height: 'data(size)',
        shape: 'ellipse',
        'background-color': '#6b6b6b',
        label: '',
        'min-zoomed-font-size': MIN_ZOOMED_FONT,
        'text-wrap': 'none',
        'text-margin-y': 2,
      },
    },
    { selector: 'node.labelled', style: { label: 'data(label)' } },
    { selector: 'node.party[type = "Person"]', style: { 'background-color': '#4e79a7' } },
    { selector: 'node.party[type = "Organisation"]', style: { 'background-color': '#8c6d31' } },
    { selector: 'node.tier-1', style: { 'font-weight': 'bold' } },
    {
      selector: 'node.group',
      style: {
        shape: 'round-rectangle',
        'background-color': '#f2f2f2',
        'background-opacity': 0.9,
        'border-color': '#9a9a9a',
        'border-width': 1,
        'border-style': 'dashed',
        padding: '12px',
        'text-valign': 'top',
        'text-halign': 'center',
        'text-margin-y': -2,
        'text-wrap': 'none',
        color: '#444444',
        'min-zoomed-font-size': MIN_ZOOMED_FONT,
        // A group's box holds its members' labels too; labels.ts never lets a new one grow it.
        'compound-sizing-wrt-labels': 'include',
      },
    },
    {
      selector: 'node.group.collapsed',
      style: { shape: 'round-rectangle', 'background-color': '#c9c9c9', 'border-style': 'solid', 'border-width': 2 },
    },
    {
      selector: 'edge.tie',
      style: {
        width: 'data(width)',
        'line-color': NEGATIVE_COLOUR,
        'target-arrow-color': NEGATIVE_COLOUR,
        opacity: 0.55,
        'curve-style': 'bezier',
      },
    },
    { selector: 'edge.aggregate', style: { 'line-style': 'dashed' } },
    ...BLOC_COLOURS.map((colour, i) => ({ selector: `node.bloc-${i}`, style: { 'background-color': colour } })),
    {
      selector: 'edge.signed',
      style: { width: 'data(width)', opacity: 0.6, 'target-arrow-shape': 'none', 'curve-style': 'haystack' },
    },
    { selector: 'edge.positive', style: { 'line-color': POSITIVE_COLOUR } },
    { selector: 'edge.negative', style: { 'line-color': NEGATIVE_COLOUR, 'line-style': 'dashed' } },
    {
      selector: 'edge.unbalanced',
      style: {
        'underlay-color': UNBALANCED_COLOUR,
        'underlay-opacity': 0.5,
        'underlay-padding': 4,
        opacity: 1,
        'z-index': 20,
      },
    },
    { selector: 'node.unbalanced', style: { 'border-color': UNBALANCED_COLOUR, 'border-width': 4 } },
    {
      selector: '.on-triangle',
      style: { 'underlay-color': UNBALANCED_COLOUR, 'underlay-opacity': 0.9, 'underlay-padding': 6, opacity: 1 },
    },
    { selector: 'node.on-triangle', style: { 'border-color': '#000000', 'border-width': 5 } },
    ...LABEL_SIZES.map((size, i) => ({ selector: `node.lbl-${i}`, style: { 'font-size': size } })),
  ];
}
