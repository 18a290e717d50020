// network(kind: OPPOSITION): the relationships of its types, most relevant first (most recent by
// its own or its event's day, undated last; then the best connected endpoints; then id), at
// most $limit, with their endpoints, in full.
MATCH (a:Node)-[r:OPPOSES|CARRIED_OUT|TARGETED|KILLED|CONDEMNED|CALLED_FOR|DEMANDS|RESPONDED_TO]->(b:Node)
WITH a, r, b, coalesce(toString(CASE WHEN r.dateStart IS NOT NULL THEN r.dateStart
    WHEN a:Event AND a.dateStart IS NOT NULL THEN a.dateStart
    WHEN b:Event THEN b.dateStart END), '') AS day
WITH a, r, b, day, COUNT { (a)--() } + COUNT { (b)--() } AS degree
ORDER BY day DESC, degree DESC, r.id
LIMIT $limit
WITH collect(r) AS rs, collect(a) + collect(b) AS ends
CALL (ends) {
  UNWIND ends AS n
  RETURN collect(DISTINCT n) AS ns
}
{{graph-tail}}
