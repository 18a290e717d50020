// 50 parties by name with their OPPOSES ties and the parties at the other end.
MATCH (p:Party)
WITH p ORDER BY toLower(p.name), p.id LIMIT $first
CALL (p) {
  MATCH (p)-[r:OPPOSES]-(q)
  RETURN collect({id: r.id, from: startNode(r).id, to: endNode(r).id, other: {id: q.id, name: q.name}}) AS ties
}
RETURN p.id AS id, p.name AS name, ties
