// search(text, first): the full-text index, best score first.
CALL db.index.fulltext.queryNodes('node_search', $query) YIELD node, score
WITH node, score
ORDER BY score DESC, node.id ASC
LIMIT $first
RETURN node.id AS id, node.name AS name, coalesce(node.type, head(labels(node))) AS type, score
