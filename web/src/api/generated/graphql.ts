/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** SIGNED_DEGREE: friendly minus hostile signed ties; NEGATIVE_DEGREE / POSITIVE_DEGREE: hostile / friendly ties (who is the most opposed); PN: the PN index (Everett & Borgatti); PAGERANK, BETWEENNESS: on all ties, unsigned, weighted by their evidence (who brokers between camps; betweenness is sampled above 2,000 parties). */
export type CentralityMeasure =
  | 'BETWEENNESS'
  | 'NEGATIVE_DEGREE'
  | 'PAGERANK'
  | 'PN'
  | 'POSITIVE_DEGREE'
  | 'SIGNED_DEGREE';

/** How precisely a date is known; dates are never widened or narrowed. */
export type DatePrecision =
  /** A calendar day, such as 2024-01-27. */
  | 'DAY'
  /** Some time in a month, such as 2024-01. */
  | 'MONTH'
  /** A labelled span ("early 2020") with partial-date bounds; an open period has no end. */
  | 'PERIOD'
  /** Some time in a year, such as 2020. */
  | 'YEAR';

/** Whether a relationship is stated by quoted evidence or derived from other relationships. */
export type EvidenceStatus =
  /** Follows from the relationships listed in `derivedFrom`. */
  | 'DERIVED'
  /** Backed by one or more verbatim quotes from sources. */
  | 'STATED';

/** The explorer's named networks: each draws a fixed set of relationship types. */
export type NetworkKind =
  /** Every relationship type. */
  | 'ALL'
  /** Hostility and acts against: OPPOSES, CARRIED_OUT, TARGETED, KILLED, CONDEMNED, CALLED_FOR, DEMANDS, RESPONDED_TO. */
  | 'OPPOSITION'
  /** Who speaks for or belongs to whom: REPRESENTS, MEMBER_OF, PART_OF. */
  | 'REPRESENTATION';

/** The concrete type of a node in the graph. */
export type NodeType =
  | 'Attack'
  | 'Conflict'
  | 'Meeting'
  | 'Organisation'
  | 'Person'
  | 'Place'
  | 'Resolution'
  | 'Source'
  | 'Statement'
  | 'Strike'
  | 'Transition';

/** What sort of organisation a party is. */
export type OrganisationKind =
  | 'ARMED_FORCES'
  | 'COALITION'
  | 'COMMISSION'
  | 'GOVERNMENT'
  | 'GOVERNMENT_BODY'
  | 'LEGISLATURE'
  | 'MEDIA'
  | 'MILITARY_COMMAND'
  | 'MILITIA'
  | 'OFFICE'
  | 'OTHER'
  | 'POLITICAL_PARTY'
  | 'STATE'
  | 'WORKING_GROUP';

/** The kinds of party: a person or an organisation. */
export type PartyType = 'Organisation' | 'Person';

/** What sort of place a place is. */
export type PlaceKind = 'CITY' | 'COUNTRY' | 'OTHER' | 'REGION';

/** Every relationship type Faultline knows; each is directed from `from` to `to`. */
export type RelationshipType =
  /** The party or document called for the event (a resolution, a withdrawal). */
  | 'CALLED_FOR'
  /** The party carried out the attack, strike or other act. */
  | 'CARRIED_OUT'
  /** The party condemned the event or party. */
  | 'CONDEMNED'
  /** The party demands something of, or from, the target. */
  | 'DEMANDS'
  /** The event or party killed the person. */
  | 'KILLED'
  /** The party or place is located in the target place. */
  | 'LOCATED_IN'
  /** The source party is a member of the target (a coalition, legislature, alliance). */
  | 'MEMBER_OF'
  /** The event took place in the target place. */
  | 'OCCURRED_IN'
  /** The source party opposes, is hostile to or acts against the target party. */
  | 'OPPOSES'
  /** The party took part in the event. */
  | 'PARTICIPATED_IN'
  /** The source is a component of the target (a body within a government, a meeting within a process). */
  | 'PART_OF'
  /** The body passed the resolution. */
  | 'PASSED'
  /** The person chaired or presided over the event. */
  | 'PRESIDED_OVER'
  /** The source speaks for, leads or holds an office in the target; `role` and `date` give the office and time span. */
  | 'REPRESENTS'
  /** The event was a response to (in retaliation for) the target event. */
  | 'RESPONDED_TO'
  /** The party signed the resolution, petition or motion. */
  | 'SIGNED'
  /** The party issued or made the statement. */
  | 'STATED'
  /** The source party backs, is allied with or supports the target party or event. */
  | 'SUPPORTS'
  /** The attack or strike was aimed at the target. */
  | 'TARGETED';

export type TieFieldsFragment = {
  id: string;
  fromId: string;
  toId: string;
  total: number;
  weight: number;
  firstDate: string | null;
  lastDate: string | null;
};

export type ActorNetworkQueryVariables = Exact<{
  kind?: NetworkKind | null | undefined;
  from?: string | null | undefined;
  to?: string | null | undefined;
  focus?: Array<string | number> | string | number | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;

export type ActorNetworkQuery = {
  actorNetwork: {
    totalTies: number;
    totalParties: number;
    truncated: boolean;
    endCursor: string | null;
    hasNextPage: boolean;
    ties: Array<{
      id: string;
      fromId: string;
      toId: string;
      total: number;
      weight: number;
      firstDate: string | null;
      lastDate: string | null;
    }>;
    parties: Array<{
      id: string;
      name: string;
      type: PartyType;
      kind: string | null;
      parentId: string | null;
      parentName: string | null;
      degree: number;
      weight: number;
    }>;
  };
};

export type TieDetailsQueryVariables = Exact<{
  id: string | number;
}>;

export type TieDetailsQuery = {
  tie: {
    kind: NetworkKind;
    fatalities: number | null;
    roles: Array<string>;
    id: string;
    fromId: string;
    toId: string;
    total: number;
    weight: number;
    firstDate: string | null;
    lastDate: string | null;
    from: { id: string; name: string } | { id: string; name: string };
    to: { id: string; name: string } | { id: string; name: string };
    counts: Array<{ kind: string; count: number }>;
  } | null;
};

export type TieEvidenceQueryVariables = Exact<{
  id: string | number;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;

export type TieEvidenceQuery = {
  tie: {
    id: string;
    evidence: {
      totalCount: number;
      pageInfo: { endCursor: string | null; hasNextPage: boolean };
      edges: Array<{
        node: {
          id: string;
          type: RelationshipType;
          date: { value: string } | null;
          evidence: Array<{ quote: string; source: { title: string } }>;
        };
      }>;
    };
  } | null;
};

export type AnalysisQueryVariables = Exact<{
  from?: string | null | undefined;
  to?: string | null | undefined;
  k?: number | null | undefined;
  measure: CentralityMeasure;
  ties?: number | null | undefined;
  top?: number | null | undefined;
}>;

export type AnalysisQuery = {
  analysis: {
    graphVersion: string;
    parties: number;
    ties: number;
    signedTies: Array<{
      id: string;
      fromId: string;
      toId: string;
      sign: number;
      positive: number;
      negative: number;
      from: { id: string; name: string } | { id: string; name: string };
      to: { id: string; name: string } | { id: string; name: string };
    }>;
    balance: {
      triangleScore: number | null;
      walkScore: number | null;
      unbalancedTotal: number;
      census: { ppp: number; ppn: number; pnn: number; nnn: number };
      frustration: {
        value: number;
        exact: boolean;
        lowerBound: number;
        score: number;
        frustratedTies: Array<{
          id: string;
          fromId: string;
          toId: string;
          sign: number;
          from: { id: string; name: string } | { id: string; name: string };
          to: { id: string; name: string } | { id: string; name: string };
        }>;
      };
      unbalancedTriangles: Array<{
        partyIds: Array<string>;
        ties: Array<{
          id: string;
          fromId: string;
          toId: string;
          sign: number;
          from: { id: string; name: string } | { id: string; name: string };
          to: { id: string; name: string } | { id: string; name: string };
        }>;
      }>;
    };
    blocs: { k: number; criterion: number; blocs: Array<{ id: number; partyIds: Array<string>; size: number }> };
    centrality: Array<{ partyId: string; value: number; rank: number }>;
  };
};

export type SignedTieEvidenceQueryVariables = Exact<{
  from?: string | null | undefined;
  to?: string | null | undefined;
}>;

export type SignedTieEvidenceQuery = {
  analysis: {
    balance: {
      unbalancedTriangles: Array<{
        partyIds: Array<string>;
        ties: Array<{
          id: string;
          evidence: {
            totalCount: number;
            edges: Array<{
              node: {
                id: string;
                type: RelationshipType;
                evidence: Array<{ quote: string; source: { title: string } }>;
              };
            }>;
          };
        }>;
      }>;
      frustration: {
        frustratedTies: Array<{
          id: string;
          evidence: {
            totalCount: number;
            edges: Array<{
              node: {
                id: string;
                type: RelationshipType;
                evidence: Array<{ quote: string; source: { title: string } }>;
              };
            }>;
          };
        }>;
      };
    };
  };
};

export type FuzzyDateFieldsFragment = {
  precision: DatePrecision;
  value: string;
  start: string | null;
  end: string | null;
  firstDay: string | null;
  lastDay: string | null;
};

export type GraphFieldsFragment = {
  nodes: Array<{
    id: string;
    type: NodeType;
    label: string;
    kind: string | null;
    date: {
      precision: DatePrecision;
      value: string;
      start: string | null;
      end: string | null;
      firstDay: string | null;
      lastDay: string | null;
    } | null;
  }>;
  edges: Array<{
    id: string;
    type: RelationshipType;
    from: string;
    to: string;
    status: EvidenceStatus;
    role: string | null;
    note: string | null;
    date: {
      precision: DatePrecision;
      value: string;
      start: string | null;
      end: string | null;
      firstDay: string | null;
      lastDay: string | null;
    } | null;
  }>;
};

export type EvidenceFieldsFragment = {
  quote: string;
  offset: number;
  source: {
    id: string;
    title: string;
    outlet: string | null;
    url: string | null;
    published: {
      precision: DatePrecision;
      value: string;
      start: string | null;
      end: string | null;
      firstDay: string | null;
      lastDay: string | null;
    } | null;
  };
};

export type EdgeBaseFieldsFragment = {
  id: string;
  type: RelationshipType;
  from: string;
  to: string;
  status: EvidenceStatus;
  role: string | null;
  note: string | null;
  date: {
    precision: DatePrecision;
    value: string;
    start: string | null;
    end: string | null;
    firstDay: string | null;
    lastDay: string | null;
  } | null;
  evidence: Array<{
    quote: string;
    offset: number;
    source: {
      id: string;
      title: string;
      outlet: string | null;
      url: string | null;
      published: {
        precision: DatePrecision;
        value: string;
        start: string | null;
        end: string | null;
        firstDay: string | null;
        lastDay: string | null;
      } | null;
    };
  }>;
  fromNode:
    | { id: string; name: string; type: NodeType }
    | { id: string; name: string; type: NodeType }
    | { id: string; name: string; type: NodeType }
    | { id: string; name: string; type: NodeType }
    | { id: string; name: string; type: NodeType }
    | { id: string; name: string; type: NodeType }
    | { id: string; name: string; type: NodeType }
    | { id: string; name: string; type: NodeType }
    | { id: string; name: string; type: NodeType }
    | { id: string; name: string; type: NodeType }
    | { id: string; name: string; type: NodeType };
  toNode:
    | { id: string; name: string; type: NodeType }
    | { id: string; name: string; type: NodeType }
    | { id: string; name: string; type: NodeType }
    | { id: string; name: string; type: NodeType }
    | { id: string; name: string; type: NodeType }
    | { id: string; name: string; type: NodeType }
    | { id: string; name: string; type: NodeType }
    | { id: string; name: string; type: NodeType }
    | { id: string; name: string; type: NodeType }
    | { id: string; name: string; type: NodeType }
    | { id: string; name: string; type: NodeType };
};

export type NetworkQueryVariables = Exact<{
  kind: NetworkKind;
  from?: string | null | undefined;
  to?: string | null | undefined;
  types?: Array<RelationshipType> | RelationshipType | null | undefined;
  limit: number;
}>;

export type NetworkQuery = {
  network: {
    totalEdges: number;
    truncated: boolean;
    nodes: Array<{
      id: string;
      type: NodeType;
      label: string;
      kind: string | null;
      date: {
        precision: DatePrecision;
        value: string;
        start: string | null;
        end: string | null;
        firstDay: string | null;
        lastDay: string | null;
      } | null;
    }>;
    edges: Array<{
      id: string;
      type: RelationshipType;
      from: string;
      to: string;
      status: EvidenceStatus;
      role: string | null;
      note: string | null;
      date: {
        precision: DatePrecision;
        value: string;
        start: string | null;
        end: string | null;
        firstDay: string | null;
        lastDay: string | null;
      } | null;
    }>;
  };
};

export type NeighbourhoodQueryVariables = Exact<{
  id: string | number;
  depth: number;
  types?: Array<RelationshipType> | RelationshipType | null | undefined;
}>;

export type NeighbourhoodQuery = {
  neighbourhood: {
    nodes: Array<{
      id: string;
      type: NodeType;
      label: string;
      kind: string | null;
      date: {
        precision: DatePrecision;
        value: string;
        start: string | null;
        end: string | null;
        firstDay: string | null;
        lastDay: string | null;
      } | null;
    }>;
    edges: Array<{
      id: string;
      type: RelationshipType;
      from: string;
      to: string;
      status: EvidenceStatus;
      role: string | null;
      note: string | null;
      date: {
        precision: DatePrecision;
        value: string;
        start: string | null;
        end: string | null;
        firstDay: string | null;
        lastDay: string | null;
      } | null;
    }>;
  };
};

export type PathQueryVariables = Exact<{
  from: string | number;
  to: string | number;
  types?: Array<RelationshipType> | RelationshipType | null | undefined;
}>;

export type PathQuery = {
  path: {
    nodes: Array<{
      id: string;
      type: NodeType;
      label: string;
      kind: string | null;
      date: {
        precision: DatePrecision;
        value: string;
        start: string | null;
        end: string | null;
        firstDay: string | null;
        lastDay: string | null;
      } | null;
    }>;
    edges: Array<{
      id: string;
      type: RelationshipType;
      from: string;
      to: string;
      status: EvidenceStatus;
      role: string | null;
      note: string | null;
      date: {
        precision: DatePrecision;
        value: string;
        start: string | null;
        end: string | null;
        firstDay: string | null;
        lastDay: string | null;
      } | null;
    }>;
  };
};

export type SearchQueryVariables = Exact<{
  text: string;
  first?: number | null | undefined;
}>;

export type SearchQuery = {
  search: Array<{
    score: number;
    node:
      | { id: string; name: string; type: NodeType }
      | { id: string; name: string; type: NodeType }
      | { id: string; name: string; type: NodeType }
      | { id: string; name: string; type: NodeType }
      | { id: string; name: string; type: NodeType }
      | { id: string; name: string; type: NodeType }
      | { id: string; name: string; type: NodeType }
      | { id: string; name: string; type: NodeType }
      | { id: string; name: string; type: NodeType }
      | { id: string; name: string; type: NodeType }
      | { id: string; name: string; type: NodeType };
  }>;
};

export type DateRangeQueryVariables = Exact<{ [key: string]: never }>;

export type DateRangeQuery = { dateRange: { first: string; last: string } | null };

export type NodeDetailsQueryVariables = Exact<{
  id: string | number;
}>;

export type NodeDetailsQuery = {
  node:
    | {
        summary: string | null;
        id: string;
        name: string;
        type: NodeType;
        date: {
          precision: DatePrecision;
          value: string;
          start: string | null;
          end: string | null;
          firstDay: string | null;
          lastDay: string | null;
        } | null;
        place: { id: string; name: string; type: NodeType } | null;
      }
    | {
        summary: string | null;
        id: string;
        name: string;
        type: NodeType;
        date: {
          precision: DatePrecision;
          value: string;
          start: string | null;
          end: string | null;
          firstDay: string | null;
          lastDay: string | null;
        } | null;
        place: { id: string; name: string; type: NodeType } | null;
      }
    | {
        summary: string | null;
        id: string;
        name: string;
        type: NodeType;
        date: {
          precision: DatePrecision;
          value: string;
          start: string | null;
          end: string | null;
          firstDay: string | null;
          lastDay: string | null;
        } | null;
        place: { id: string; name: string; type: NodeType } | null;
      }
    | {
        aliases: Array<string>;
        description: string | null;
        unknown: boolean;
        id: string;
        name: string;
        type: NodeType;
        organisationKind: OrganisationKind | null;
        country: { id: string; name: string; type: NodeType } | null;
      }
    | {
        aliases: Array<string>;
        description: string | null;
        unknown: boolean;
        id: string;
        name: string;
        type: NodeType;
        country: { id: string; name: string; type: NodeType } | null;
      }
    | {
        aliases: Array<string>;
        id: string;
        name: string;
        type: NodeType;
        placeKind: PlaceKind;
        within: { id: string; name: string; type: NodeType } | null;
      }
    | {
        summary: string | null;
        id: string;
        name: string;
        type: NodeType;
        date: {
          precision: DatePrecision;
          value: string;
          start: string | null;
          end: string | null;
          firstDay: string | null;
          lastDay: string | null;
        } | null;
        place: { id: string; name: string; type: NodeType } | null;
      }
    | {
        title: string;
        outlet: string | null;
        url: string | null;
        id: string;
        name: string;
        type: NodeType;
        published: {
          precision: DatePrecision;
          value: string;
          start: string | null;
          end: string | null;
          firstDay: string | null;
          lastDay: string | null;
        } | null;
      }
    | {
        summary: string | null;
        id: string;
        name: string;
        type: NodeType;
        date: {
          precision: DatePrecision;
          value: string;
          start: string | null;
          end: string | null;
          firstDay: string | null;
          lastDay: string | null;
        } | null;
        place: { id: string; name: string; type: NodeType } | null;
      }
    | {
        summary: string | null;
        id: string;
        name: string;
        type: NodeType;
        date: {
          precision: DatePrecision;
          value: string;
          start: string | null;
          end: string | null;
          firstDay: string | null;
          lastDay: string | null;
        } | null;
        place: { id: string; name: string; type: NodeType } | null;
      }
    | {
        summary: string | null;
        id: string;
        name: string;
        type: NodeType;
        date: {
          precision: DatePrecision;
          value: string;
          start: string | null;
          end: string | null;
          firstDay: string | null;
          lastDay: string | null;
        } | null;
        place: { id: string; name: string; type: NodeType } | null;
      }
    | null;
};

export type RelationshipQueryVariables = Exact<{
  id: string | number;
}>;

export type RelationshipQuery = {
  relationship: {
    id: string;
    type: RelationshipType;
    from: string;
    to: string;
    status: EvidenceStatus;
    role: string | null;
    note: string | null;
    derivedFrom: Array<{
      id: string;
      type: RelationshipType;
      from: string;
      to: string;
      status: EvidenceStatus;
      role: string | null;
      note: string | null;
      date: {
        precision: DatePrecision;
        value: string;
        start: string | null;
        end: string | null;
        firstDay: string | null;
        lastDay: string | null;
      } | null;
      evidence: Array<{
        quote: string;
        offset: number;
        source: {
          id: string;
          title: string;
          outlet: string | null;
          url: string | null;
          published: {
            precision: DatePrecision;
            value: string;
            start: string | null;
            end: string | null;
            firstDay: string | null;
            lastDay: string | null;
          } | null;
        };
      }>;
      fromNode:
        | { id: string; name: string; type: NodeType }
        | { id: string; name: string; type: NodeType }
        | { id: string; name: string; type: NodeType }
        | { id: string; name: string; type: NodeType }
        | { id: string; name: string; type: NodeType }
        | { id: string; name: string; type: NodeType }
        | { id: string; name: string; type: NodeType }
        | { id: string; name: string; type: NodeType }
        | { id: string; name: string; type: NodeType }
        | { id: string; name: string; type: NodeType }
        | { id: string; name: string; type: NodeType };
      toNode:
        | { id: string; name: string; type: NodeType }
        | { id: string; name: string; type: NodeType }
        | { id: string; name: string; type: NodeType }
        | { id: string; name: string; type: NodeType }
        | { id: string; name: string; type: NodeType }
        | { id: string; name: string; type: NodeType }
        | { id: string; name: string; type: NodeType }
        | { id: string; name: string; type: NodeType }
        | { id: string; name: string; type: NodeType }
        | { id: string; name: string; type: NodeType }
        | { id: string; name: string; type: NodeType };
    }>;
    date: {
      precision: DatePrecision;
      value: string;
      start: string | null;
      end: string | null;
      firstDay: string | null;
      lastDay: string | null;
    } | null;
    evidence: Array<{
      quote: string;
      offset: number;
      source: {
        id: string;
        title: string;
        outlet: string | null;
        url: string | null;
        published: {
          precision: DatePrecision;
          value: string;
          start: string | null;
          end: string | null;
          firstDay: string | null;
          lastDay: string | null;
        } | null;
      };
    }>;
    fromNode:
      | { id: string; name: string; type: NodeType }
      | { id: string; name: string; type: NodeType }
      | { id: string; name: string; type: NodeType }
      | { id: string; name: string; type: NodeType }
      | { id: string; name: string; type: NodeType }
      | { id: string; name: string; type: NodeType }
      | { id: string; name: string; type: NodeType }
      | { id: string; name: string; type: NodeType }
      | { id: string; name: string; type: NodeType }
      | { id: string; name: string; type: NodeType }
      | { id: string; name: string; type: NodeType };
    toNode:
      | { id: string; name: string; type: NodeType }
      | { id: string; name: string; type: NodeType }
      | { id: string; name: string; type: NodeType }
      | { id: string; name: string; type: NodeType }
      | { id: string; name: string; type: NodeType }
      | { id: string; name: string; type: NodeType }
      | { id: string; name: string; type: NodeType }
      | { id: string; name: string; type: NodeType }
      | { id: string; name: string; type: NodeType }
      | { id: string; name: string; type: NodeType }
      | { id: string; name: string; type: NodeType };
  } | null;
};

export type EdgeEvidenceFieldsFragment = {
  id: string;
  evidence: Array<{ quote: string; source: { id: string; title: string } }>;
  derivedFrom: Array<{ id: string }>;
};

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const TieFieldsFragmentDoc = new TypedDocumentString(
  `
    fragment TieFields on Tie {
  id
  fromId
  toId
  total
  weight
  firstDate
  lastDate
}
    `,
  { fragmentName: 'TieFields' },
) as unknown as TypedDocumentString<TieFieldsFragment, unknown>;
export const FuzzyDateFieldsFragmentDoc = new TypedDocumentString(
  `
    fragment FuzzyDateFields on FuzzyDate {
  precision
  value
  start
  end
  firstDay
  lastDay
}
    `,
  { fragmentName: 'FuzzyDateFields' },
) as unknown as TypedDocumentString<FuzzyDateFieldsFragment, unknown>;
export const GraphFieldsFragmentDoc = new TypedDocumentString(
  `
    fragment GraphFields on Graph {
  nodes {
    id
    type
    label
    kind
    date {
      ...FuzzyDateFields
    }
  }
  edges {
    id
    type
    from
    to
    status
    role
    note
    date {
      ...FuzzyDateFields
    }
  }
}
    fragment FuzzyDateFields on FuzzyDate {
  precision
  value
  start
  end
  firstDay
  lastDay
}`,
  { fragmentName: 'GraphFields' },
) as unknown as TypedDocumentString<GraphFieldsFragment, unknown>;
export const EvidenceFieldsFragmentDoc = new TypedDocumentString(
  `
    fragment EvidenceFields on Evidence {
  quote
  offset
  source {
    id
    title
    outlet
    url
    published {
      ...FuzzyDateFields
    }
  }
}
    fragment FuzzyDateFields on FuzzyDate {
  precision
  value
  start
  end
  firstDay
  lastDay
}`,
  { fragmentName: 'EvidenceFields' },
) as unknown as TypedDocumentString<EvidenceFieldsFragment, unknown>;
export const EdgeBaseFieldsFragmentDoc = new TypedDocumentString(
  `
    fragment EdgeBaseFields on Relationship {
  id
  type
  from
  to
  status
  role
  note
  date {
    ...FuzzyDateFields
  }
  evidence {
    ...EvidenceFields
  }
  fromNode {
    id
    name
    type
  }
  toNode {
    id
    name
    type
  }
}
    fragment FuzzyDateFields on FuzzyDate {
  precision
  value
  start
  end
  firstDay
  lastDay
}
fragment EvidenceFields on Evidence {
  quote
  offset
  source {
    id
    title
    outlet
    url
    published {
      ...FuzzyDateFields
    }
  }
}`,
  { fragmentName: 'EdgeBaseFields' },
) as unknown as TypedDocumentString<EdgeBaseFieldsFragment, unknown>;
export const EdgeEvidenceFieldsFragmentDoc = new TypedDocumentString(
  `
    fragment EdgeEvidenceFields on Relationship {
  id
  evidence {
    quote
    source {
      id
      title
    }
  }
  derivedFrom {
    id
  }
}
    `,
  { fragmentName: 'EdgeEvidenceFields' },
) as unknown as TypedDocumentString<EdgeEvidenceFieldsFragment, unknown>;
export const ActorNetworkDocument = new TypedDocumentString(`
    query ActorNetwork($kind: NetworkKind, $from: Date, $to: Date, $focus: [ID!], $first: Int, $after: String) {
  actorNetwork(
    kind: $kind
    from: $from
    to: $to
    focus: $focus
    first: $first
    after: $after
  ) {
    ties {
      ...TieFields
    }
    parties {
      id
      name
      type
      kind
      parentId
      parentName
      degree
      weight
    }
    totalTies
    totalParties
    truncated
    endCursor
    hasNextPage
  }
}
    fragment TieFields on Tie {
  id
  fromId
  toId
  total
  weight
  firstDate
  lastDate
}`) as unknown as TypedDocumentString<ActorNetworkQuery, ActorNetworkQueryVariables>;
export const TieDetailsDocument = new TypedDocumentString(`
    query TieDetails($id: ID!) {
  tie(id: $id) {
    ...TieFields
    kind
    from {
      id
      name
    }
    to {
      id
      name
    }
    counts {
      kind
      count
    }
    fatalities
    roles
  }
}
    fragment TieFields on Tie {
  id
  fromId
  toId
  total
  weight
  firstDate
  lastDate
}`) as unknown as TypedDocumentString<TieDetailsQuery, TieDetailsQueryVariables>;
export const TieEvidenceDocument = new TypedDocumentString(`
    query TieEvidence($id: ID!, $first: Int, $after: String) {
  tie(id: $id) {
    id
    evidence(first: $first, after: $after) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      edges {
        node {
          id
          type
          date {
            value
          }
          evidence {
            quote
            source {
              title
            }
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<TieEvidenceQuery, TieEvidenceQueryVariables>;
export const AnalysisDocument = new TypedDocumentString(`
    query Analysis($from: Date, $to: Date, $k: Int, $measure: CentralityMeasure!, $ties: Int, $top: Int) {
  analysis(from: $from, to: $to) {
    graphVersion
    parties
    ties
    signedTies(first: $ties) {
      id
      fromId
      toId
      sign
      positive
      negative
      from {
        id
        name
      }
      to {
        id
        name
      }
    }
    balance {
      census {
        ppp
        ppn
        pnn
        nnn
      }
      triangleScore
      walkScore
      frustration {
        value
        exact
        lowerBound
        score
        frustratedTies {
          id
          fromId
          toId
          sign
          from {
            id
            name
          }
          to {
            id
            name
          }
        }
      }
      unbalancedTriangles(first: 20) {
        partyIds
        ties {
          id
          fromId
          toId
          sign
          from {
            id
            name
          }
          to {
            id
            name
          }
        }
      }
      unbalancedTotal
    }
    blocs(k: $k) {
      k
      criterion
      blocs {
        id
        partyIds
        size
      }
    }
    centrality(measure: $measure, first: $top) {
      partyId
      value
      rank
    }
  }
}
    `) as unknown as TypedDocumentString<AnalysisQuery, AnalysisQueryVariables>;
export const SignedTieEvidenceDocument = new TypedDocumentString(`
    query SignedTieEvidence($from: Date, $to: Date) {
  analysis(from: $from, to: $to) {
    balance {
      unbalancedTriangles(first: 20) {
        partyIds
        ties {
          id
          evidence(first: 3) {
            totalCount
            edges {
              node {
                id
                type
                evidence {
                  quote
                  source {
                    title
                  }
                }
              }
            }
          }
        }
      }
      frustration {
        frustratedTies {
          id
          evidence(first: 3) {
            totalCount
            edges {
              node {
                id
                type
                evidence {
                  quote
                  source {
                    title
                  }
                }
              }
            }
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SignedTieEvidenceQuery, SignedTieEvidenceQueryVariables>;
export const NetworkDocument = new TypedDocumentString(`
    query Network($kind: NetworkKind!, $from: Date, $to: Date, $types: [RelationshipType!], $limit: Int!) {
  network(kind: $kind, from: $from, to: $to, types: $types, limit: $limit) {
    ...GraphFields
    totalEdges
    truncated
  }
}
    fragment FuzzyDateFields on FuzzyDate {
  precision
  value
  start
  end
  firstDay
  lastDay
}
fragment GraphFields on Graph {
  nodes {
    id
    type
    label
    kind
    date {
      ...FuzzyDateFields
    }
  }
  edges {
    id
    type
    from
    to
    status
    role
    note
    date {
      ...FuzzyDateFields
    }
  }
}`) as unknown as TypedDocumentString<NetworkQuery, NetworkQueryVariables>;
export const NeighbourhoodDocument = new TypedDocumentString(`
    query Neighbourhood($id: ID!, $depth: Int!, $types: [RelationshipType!]) {
  neighbourhood(id: $id, depth: $depth, types: $types) {
    ...GraphFields
  }
}
    fragment FuzzyDateFields on FuzzyDate {
  precision
  value
  start
  end
  firstDay
  lastDay
}
fragment GraphFields on Graph {
  nodes {
    id
    type
    label
    kind
    date {
      ...FuzzyDateFields
    }
  }
  edges {
    id
    type
    from
    to
    status
    role
    note
    date {
      ...FuzzyDateFields
    }
  }
}`) as unknown as TypedDocumentString<NeighbourhoodQuery, NeighbourhoodQueryVariables>;
export const PathDocument = new TypedDocumentString(`
    query Path($from: ID!, $to: ID!, $types: [RelationshipType!]) {
  path(from: $from, to: $to, types: $types) {
    ...GraphFields
  }
}
    fragment FuzzyDateFields on FuzzyDate {
  precision
  value
  start
  end
  firstDay
  lastDay
}
fragment GraphFields on Graph {
  nodes {
    id
    type
    label
    kind
    date {
      ...FuzzyDateFields
    }
  }
  edges {
    id
    type
    from
    to
    status
    role
    note
    date {
      ...FuzzyDateFields
    }
  }
}`) as unknown as TypedDocumentString<PathQuery, PathQueryVariables>;
export const SearchDocument = new TypedDocumentString(`
    query Search($text: String!, $first: Int) {
  search(text: $text, first: $first) {
    score
    node {
      id
      name
      type
    }
  }
}
    `) as unknown as TypedDocumentString<SearchQuery, SearchQueryVariables>;
export const DateRangeDocument = new TypedDocumentString(`
    query DateRange {
  dateRange {
    first
    last
  }
}
    `) as unknown as TypedDocumentString<DateRangeQuery, DateRangeQueryVariables>;
export const NodeDetailsDocument = new TypedDocumentString(`
    query NodeDetails($id: ID!) {
  node(id: $id) {
    id
    name
    type
    ... on Party {
      aliases
      description
      unknown
      country {
        id
        name
        type
      }
    }
    ... on Organisation {
      organisationKind: kind
    }
    ... on Event {
      summary
      date {
        ...FuzzyDateFields
      }
      place {
        id
        name
        type
      }
    }
    ... on Place {
      placeKind: kind
      aliases
      within {
        id
        name
        type
      }
    }
    ... on Source {
      title
      outlet
      url
      published {
        ...FuzzyDateFields
      }
    }
  }
}
    fragment FuzzyDateFields on FuzzyDate {
  precision
  value
  start
  end
  firstDay
  lastDay
}`) as unknown as TypedDocumentString<NodeDetailsQuery, NodeDetailsQueryVariables>;
export const RelationshipDocument = new TypedDocumentString(`
    query Relationship($id: ID!) {
  relationship(id: $id) {
    ...EdgeBaseFields
    derivedFrom {
      ...EdgeBaseFields
    }
  }
}
    fragment FuzzyDateFields on FuzzyDate {
  precision
  value
  start
  end
  firstDay
  lastDay
}
fragment EvidenceFields on Evidence {
  quote
  offset
  source {
    id
    title
    outlet
    url
    published {
      ...FuzzyDateFields
    }
  }
}
fragment EdgeBaseFields on Relationship {
  id
  type
  from
  to
  status
  role
  note
  date {
    ...FuzzyDateFields
  }
  evidence {
    ...EvidenceFields
  }
  fromNode {
    id
    name
    type
  }
  toNode {
    id
    name
    type
  }
}`) as unknown as TypedDocumentString<RelationshipQuery, RelationshipQueryVariables>;
