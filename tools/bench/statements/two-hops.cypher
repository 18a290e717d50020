// The nodes within two steps of a node over {{types}} (nearest first, then the busiest,
// then by id, at most $limit) and every such relationship among them.
MATCH (s:Node {id: $id})
CALL (s) {
  MATCH (s)-[{{types}}]-(m)
  WHERE m <> s
  RETURN collect(DISTINCT m) AS one
}
CALL (s, one) {
  UNWIND one AS a
  MATCH (a)-[{{types}}]-(m)
  WHERE m <> s AND NOT m IN one
  RETURN collect(DISTINCT m) AS two
}
CALL (one, two) {
  UNWIND [m IN one | {m: m, d: 1}] + [m IN two | {m: m, d: 2}] AS x
  WITH x.m AS m, x.d AS d
  WITH m, d, COUNT { (m)--() } AS degree
  ORDER BY d, degree DESC, m.id
  LIMIT $limit
  RETURN collect(m) AS near
}
WITH [s] + near AS ns
CALL (ns) {
  UNWIND ns AS a
  MATCH (a)-[r{{types}}]->(b)
  WHERE b IN ns
  RETURN collect(DISTINCT {id: r.id, type: type(r), from: a.id, to: b.id}) AS edges
}
RETURN [n IN ns | {id: n.id, label: n.name}] AS nodes, edges
