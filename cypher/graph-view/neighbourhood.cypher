// The neighbourhood of the nodes with the keys $keys, breadth first to $depth (1 to 3) hops, along
// relationships of the types in $types to nodes with the labels in $labels (null: any), at most $limit
// nodes: each level stops growing once the view is full, so a hub (a licence of thousands of models)
// never pulls in the whole graph. `truncated` says whether the limit cut anything off. A level takes its
// nodes in the order Neo4j walks the relationships, which is the same for the same graph, and stops
// walking once it has enough: sorting them first (by key) meant reading every result of every benchmark
// next to a hub before cutting (2 hops from DeepSeek-R1 at 1000x: 449 ms p50, the floor 56 ms).
// The seeds are the nodes of $keys and, when $search (a Lucene query built from the user's words) is
// given, its best 5 matches in the full-text index: found in this same query, not a trip of their own.
CALL () {
  MATCH (seed:Entity) WHERE seed.key IN $keys
  RETURN seed
  UNION
  WITH $search AS search WHERE search IS NOT NULL
  CALL db.index.fulltext.queryNodes('landscape_text', search, {limit: 5}) YIELD node
  RETURN node AS seed
}
WITH collect(DISTINCT seed) AS level0
CALL (level0) {
  UNWIND level0 AS n
  MATCH (n)-[r]-(m:Entity)
  WHERE ($types IS NULL OR type(r) IN $types) AND ($labels IS NULL OR any(l IN labels(m) WHERE l IN $labels))
    AND NOT m IN level0
  WITH DISTINCT m LIMIT toInteger($limit) + 1
  RETURN collect(m) AS level1
}
WITH level0, level1, level0 + level1 AS seen
CALL (level1, seen) {
  UNWIND CASE WHEN $depth >= 2 AND size(seen) <= $limit THEN level1 ELSE [] END AS n
  MATCH (n)-[r]-(m:Entity)
  WHERE ($types IS NULL OR type(r) IN $types) AND ($labels IS NULL OR any(l IN labels(m) WHERE l IN $labels))
    AND NOT m IN seen
  WITH DISTINCT m LIMIT toInteger($limit) + 1
  RETURN collect(m) AS level2
}
WITH level2, seen + level2 AS seen
CALL (level2, seen) {
  UNWIND CASE WHEN $depth >= 3 AND size(seen) <= $limit THEN level2 ELSE [] END AS n
  MATCH (n)-[r]-(m:Entity)
  WHERE ($types IS NULL OR type(r) IN $types) AND ($labels IS NULL OR any(l IN labels(m) WHERE l IN $labels))
    AND NOT m IN seen
  WITH DISTINCT m LIMIT toInteger($limit) + 1
  RETURN collect(m) AS level3
}
WITH seen + level3 AS reached
WITH reached[0..toInteger($limit)] AS nodes, size(reached) > $limit AS truncated
{{graph-view/view-edges}}
RETURN [n IN nodes | {{graph-view/view-node}}] AS nodes, edges, truncated
