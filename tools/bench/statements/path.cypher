// path(from, to): every shortest path of at most 6 steps (at most 50), its nodes and relationships in full.
MATCH (a:Node {id: $from}), (b:Node {id: $to})
OPTIONAL MATCH p = allShortestPaths((a)-[*1..6]-(b))
WITH collect(p)[0..50] AS ps
CALL (ps) {
  UNWIND ps AS x
  UNWIND nodes(x) AS n
  RETURN collect(DISTINCT n) AS ns
}
CALL (ps) {
  UNWIND ps AS x
  UNWIND relationships(x) AS r
  RETURN collect(DISTINCT r) AS rs
}
{{graph-tail}}
