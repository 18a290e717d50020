// One party in full: country, its latest relationships with evidence (quote, source) and
// derivations, and its latest events with their places.
MATCH (p:Party {id: $id})
OPTIONAL MATCH (c:Place {id: p.country})
CALL (p) {
  MATCH (p)-[r]-(m)
  WITH r, m, coalesce(toString(r.dateStart), CASE WHEN m:Event THEN toString(m.dateStart) END, '') AS k
  ORDER BY k DESC, r.id ASC
  WITH collect(r) AS all_rels
  RETURN size(all_rels) AS total, all_rels[0..$first] AS rs
}
CALL (p) {
  MATCH (p)--(e:Event)
  WITH DISTINCT e ORDER BY coalesce(toString(e.dateStart), '') DESC, e.id ASC LIMIT 200
  OPTIONAL MATCH (pl:Place {id: e.place})
  RETURN collect(e {.id, .name, .type, .summary, .date, .datePrecision, .dateFrom, .dateTo,
    place: pl {.id, .name}}) AS events
}
WITH p, c, total, rs, events, [] AS ns
{{graph-tail}}, p {.id, .name, .type, .aliases, .description, .unknown, .kind} AS party,
  c {.id, .name} AS country, total, events
