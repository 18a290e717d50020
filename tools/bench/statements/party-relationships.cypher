// One party with all its relationships (most recent first), their quotes and other ends.
MATCH (p:Party {id: $id})
CALL (p) {
  MATCH (p)-[r]-(m)
  WITH r, m, coalesce(toString(r.dateStart), CASE WHEN m:Event THEN toString(m.dateStart) END, '') AS k
  ORDER BY k DESC, r.id ASC
  WITH collect({r: r, m: m}) AS rels
  RETURN size(rels) AS total, [x IN rels[0..$first] | {id: x.r.id, type: type(x.r), status: x.r.status,
    quotes: x.r.evidenceQuotes, from: startNode(x.r).id, to: endNode(x.r).id, other: {id: x.m.id, name: x.m.name}}] AS rels
}
RETURN p.id AS id, p.name AS name, total, rels
