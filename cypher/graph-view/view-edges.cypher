// Fragment: the relationships among the nodes of `nodes` (optionally only of the types in $types), as
// `edges`: source and target keys and type (the edge's id is made of them, by the server), and its
// properties only when $withProperties: a view of 300 nodes has a thousand edges, and bytes nobody reads
// are most of the cost of sending them.
CALL (nodes) {
  UNWIND nodes AS a
  MATCH (a)-[r]->(b:Entity)
  WHERE b IN nodes AND ($types IS NULL OR type(r) IN $types)
  RETURN collect({
    source: a.key,
    target: b.key,
    type: type(r),
    properties: CASE WHEN $withProperties THEN r {.*} END
  }) AS edges
}
