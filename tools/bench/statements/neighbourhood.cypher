// neighbourhood(id, depth: 2): the nodes within two steps (nearest first, then the busiest, at most $limit), every
// relationship among them, in full.
MATCH (s:Node {id: $id})
CALL (s) {
  MATCH (s)--(m)
  WHERE m <> s
  RETURN collect(DISTINCT m) AS one
}
CALL (s, one) {
  UNWIND one AS a
  MATCH (a)--(m)
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
  MATCH (a)-[r]->(b)
  WHERE b IN ns
  RETURN collect(DISTINCT r) AS rs
}
{{graph-tail}}
