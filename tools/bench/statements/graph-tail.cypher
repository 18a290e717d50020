// The shared end of the graph statements: `ns` (nodes) and `rs` (relationships) in scope; every
// edge with its evidence (quote and source) and the relationships it was derived from (each
// with its own evidence).
CALL (rs) {
  UNWIND rs AS r
  CALL (r) {
    UNWIND range(0, size(coalesce(r.evidenceSources, [])) - 1) AS i
    MATCH (src:Source {id: r.evidenceSources[i]})
    RETURN collect({quote: r.evidenceQuotes[i], source: src {.id, .title, .outlet, .url, .published, .publishedPrecision}}) AS evidence
  }
  CALL (r) {
    // A relationship id is `from:TYPE:to[:key]`: both endpoints by their index, then the one edge.
    UNWIND coalesce(r.derivedFrom, []) AS did
    WITH did, split(did, ':') AS part
    MATCH (:Node {id: part[0]})-[d]->(:Node {id: part[2]})
    WHERE d.id = did
    CALL (d) {
      UNWIND range(0, size(coalesce(d.evidenceSources, [])) - 1) AS i
      MATCH (src:Source {id: d.evidenceSources[i]})
      RETURN collect({quote: d.evidenceQuotes[i], source: src {.id, .title, .outlet, .url, .published, .publishedPrecision}}) AS evidence
    }
    RETURN collect(d {.id, .status, .role, .note, .date, .datePrecision, .dateFrom, .dateTo, type: type(d),
      from: startNode(d).id, to: endNode(d).id, fromName: startNode(d).name, toName: endNode(d).name,
      evidence: evidence}) AS derived
  }
  RETURN collect(r {.id, .status, .role, .note, .date, .datePrecision, .dateFrom, .dateTo, type: type(r),
    from: startNode(r).id, to: endNode(r).id, evidence: evidence, derivedFrom: derived}) AS edges
}
RETURN [n IN ns | n {.id, .name, .type, .kind, .date, .datePrecision, .dateFrom, .dateTo, labels: labels(n)}] AS nodes, edges
