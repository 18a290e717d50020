/**
 * The explorer's look in one place: shape and colour per node type (and organisation kind),
 * colour and line per relationship type, and the UI-state classes. The Cytoscape stylesheet,
 * the legend and the SVG exporter all read these same maps.
 */
import type cytoscape from 'cytoscape';
import { type NodeType, RELATIONSHIP_SPECS, type RelationshipType } from '../../../core/domain/vocabulary.js';
import { actorStyles } from './actor-style.js';

/** Node shapes the SVG exporter can draw as well as Cytoscape. */
export type NodeShape =
  | 'ellipse'
  | 'round-rectangle'
  | 'rectangle'
  | 'triangle'
  | 'diamond'
  | 'hexagon'
  | 'pentagon'
  | 'octagon'
  | 'vee'
  | 'tag'
  | 'star';

export interface NodeLook {
  label: string;
  shape: NodeShape;
  colour: string;
  size: number;
}

export const NODE_LOOKS: Readonly<Record<NodeType, NodeLook>> = Object.freeze({
  Person: { label: 'Person', shape: 'ellipse', colour: '#4e79a7', size: 34 },
  Organisation: { label: 'Organisation', shape: 'round-rectangle', colour: '#7f7f7f', size: 38 },
  Attack: { label: 'Attack', shape: 'triangle', colour: '#d62728', size: 30 },
  Strike: { label: 'Strike', shape: 'vee', colour: '#ff7f0e', size: 30 },
  Conflict: { label: 'Conflict', shape: 'pentagon', colour: '#8b0000', size: 34 },
  Resolution: { label: 'Resolution', shape: 'rectangle', colour: '#bcbd22', size: 28 },
  Meeting: { label: 'Meeting', shape: 'diamond', colour: '#17becf', size: 30 },
  Statement: { label: 'Statement', shape: 'tag', colour: '#9edae5', size: 28 },
  Transition: { label: 'Transition', shape: 'hexagon', colour: '#9467bd', size: 30 },
  Place: { label: 'Place', shape: 'octagon', colour: '#8c564b', size: 28 },
  Source: { label: 'Source', shape: 'star', colour: '#c7c7c7', size: 24 },
});

/** Organisations share a shape; their colour says what kind of body they are. */
export const ORGANISATION_KIND_COLOURS: Readonly<Record<string, { label: string; colour: string }>> = Object.freeze({
  STATE: { label: 'State', colour: '#2f6f9f' },
  GOVERNMENT: { label: 'Government', colour: '#3f8fbf' },
  GOVERNMENT_BODY: { label: 'Government body', colour: '#6baed6' },
  OFFICE: { label: 'Office', colour: '#9ecae1' },
  LEGISLATURE: { label: 'Legislature', colour: '#74c476' },
  ARMED_FORCES: { label: 'Armed forces', colour: '#6b6b2f' },
  MILITARY_COMMAND: { label: 'Military command', colour: '#8c8c3f' },
  MILITIA: { label: 'Militia', colour: '#b5543c' },
  COALITION: { label: 'Coalition', colour: '#e6a141' },
  COMMISSION: { label: 'Commission', colour: '#31a354' },
  WORKING_GROUP: { label: 'Working group', colour: '#a1d99b' },
  POLITICAL_PARTY: { label: 'Political party', colour: '#de77ae' },
  MEDIA: { label: 'Media', colour: '#bdbdbd' },
  OTHER: { label: 'Other organisation', colour: '#7f7f7f' },
});

export type LineStyle = 'solid' | 'dotted' | 'dashed';

export interface EdgeLook {
  label: string;
  colour: string;
  line: LineStyle;
  width: number;
}

const look = (label: string, colour: string, width = 2, line: LineStyle = 'solid'): EdgeLook => ({
  label,
  colour,
  line,
  width,
});

/** Opposition in reds, support green, representation blues, participation teal, geography grey. */
export const EDGE_LOOKS: Readonly<Record<RelationshipType, EdgeLook>> = Object.freeze({
  OPPOSES: look('opposes', '#d62728', 3.5),
  CARRIED_OUT: look('carried out', '#a50f15', 2.5),
  TARGETED: look('targeted', '#e34a33', 2.5),
  KILLED: look('killed', '#67000d', 3),
  CONDEMNED: look('condemned', '#fb6a4a', 2),
  CALLED_FOR: look('called for', '#fd8d3c', 2),
  DEMANDS: look('demands', '#f16913', 2),
  RESPONDED_TO: look('responded to', '#c51b8a', 2),
  SUPPORTS: look('supports', '#2ca02c', 3),
  REPRESENTS: look('represents', '#1f77b4', 3),
  MEMBER_OF: look('member of', '#6baed6', 2.5),
  PART_OF: look('part of', '#08519c', 2),
  PARTICIPATED_IN: look('participated in', '#17becf', 2),
  PRESIDED_OVER: look('presided over', '#0e8c99', 2),
  PASSED: look('passed', '#8c6d31', 2),
  SIGNED: look('signed', '#bd9e39', 2),
  STATED: look('stated', '#969696', 1.5),
  LOCATED_IN: look('located in', '#bdbdbd', 1.5, 'dotted'),
  OCCURRED_IN: look('occurred in', '#bdbdbd', 1.5, 'dotted'),
});

/** Derived relationships are drawn dashed whatever their type. */
export const DERIVED_LINE: LineStyle = 'dashed';

/** The colour a node is drawn in, from its type and (organisations) kind. */
export function nodeColour(type: NodeType, kind: string | null | undefined): string {
  if (type === 'Organisation' && kind && ORGANISATION_KIND_COLOURS[kind]) return ORGANISATION_KIND_COLOURS[kind].colour;
  return NODE_LOOKS[type].colour;
}

/** What a relationship type means, for tooltips and the legend. */
export function relationshipDoc(type: RelationshipType): string {
  return RELATIONSHIP_SPECS[type].doc;
}

export const FOCUS_COLOUR = '#111111';
export const PATH_COLOUR = '#f2b705';

/** The Cytoscape stylesheet generated from the maps above. */
export function stylesheet(): cytoscape.StylesheetJson {
  const sheet: cytoscape.StylesheetJson = [
    {
      selector: 'node',
      style: {
        label: 'data(label)',
        'font-size': 11,
        'font-family': 'system-ui, sans-serif',
        color: '#1a1a1a',
        'text-valign': 'bottom',
        'text-margin-y': 4,
        'text-wrap': 'wrap',
        'text-max-width': '130px',
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.75,
        'text-background-padding': '1px',
        'min-zoomed-font-size': 4,
        'border-width': 1,
        'border-color': '#ffffff',
      },
    },
    {
      selector: 'edge',
      style: {
        width: 2,
        'curve-style': 'bezier',
        'target-arrow-shape': 'triangle',
        'arrow-scale': 0.9,
        opacity: 0.85,
        'font-size': 9,
        'text-rotation': 'autorotate',
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.8,
        'min-zoomed-font-size': 5,
      },
    },
  ];
  for (const [type, l] of Object.entries(NODE_LOOKS)) {
    sheet.push({
      selector: `node[type = "${type}"]`,
      style: { shape: l.shape, 'background-color': l.colour, width: l.size, height: l.size },
    });
  }
  for (const [kind, k] of Object.entries(ORGANISATION_KIND_COLOURS)) {
    sheet.push({ selector: `node[type = "Organisation"][kind = "${kind}"]`, style: { 'background-color': k.colour } });
  }
  for (const [type, l] of Object.entries(EDGE_LOOKS)) {
    sheet.push({
      selector: `edge[type = "${type}"]`,
      style: { 'line-color': l.colour, 'target-arrow-color': l.colour, width: l.width, 'line-style': l.line },
    });
  }
  sheet.push(...actorStyles());
  sheet.push(
    { selector: 'node[?unknown]', style: { 'border-style': 'dashed', 'border-color': '#333333', 'border-width': 2 } },
    { selector: 'edge[status = "DERIVED"]', style: { 'line-style': DERIVED_LINE, 'line-dash-pattern': [8, 5] } },
    { selector: 'edge.labelled, edge:selected', style: { label: 'data(typeLabel)' } },
    { selector: 'node:selected', style: { 'border-width': 4, 'border-color': '#ff00aa' } },
    { selector: 'edge:selected', style: { width: 5, opacity: 1 } },
    { selector: '.faded', style: { opacity: 0.12, 'text-opacity': 0.3 } },
    {
      selector: 'node.focused',
      style: { 'border-width': 5, 'border-color': FOCUS_COLOUR, 'font-weight': 'bold', 'z-index': 10, opacity: 1 },
    },
    { selector: 'edge.focused', style: { opacity: 1, label: 'data(typeLabel)' } },
    { selector: 'node.on-path', style: { 'border-width': 5, 'border-color': PATH_COLOUR, opacity: 1 } },
    {
      selector: 'edge.on-path',
      style: {
        width: 6,
        'underlay-color': PATH_COLOUR,
        'underlay-opacity': 0.6,
        'underlay-padding': 3,
        opacity: 1,
        label: 'data(typeLabel)',
      },
    },
    { selector: 'node.path-end', style: { 'border-width': 5, 'border-color': PATH_COLOUR, 'border-style': 'double' } },
    { selector: '.hidden', style: { display: 'none' } },
  );
  return sheet;
}
