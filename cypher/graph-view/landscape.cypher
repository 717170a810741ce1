// The whole landscape for a picture: every node with one of the labels in $labels (by default models,
// organizations and licences: see the API), at most $limit, and the relationships among them.
UNWIND $labels AS label
MATCH (n:$(label))
WITH n ORDER BY n.key LIMIT toInteger($limit) + 1
WITH collect(n) AS reached
WITH reached[0..toInteger($limit)] AS nodes, size(reached) > $limit AS truncated
{{graph-view/view-edges}}
RETURN [n IN nodes | {{graph-view/view-node}}] AS nodes, edges, truncated
