// reads: nodes; binds: edges
// Fragment: the relationships among the nodes of `nodes` (optionally only of the types in $types), as
// `edges`: source and target keys and type (the edge's id is made of them, by the server), and its
// properties only when $withProperties: a view of 300 nodes has a thousand edges, and bytes nobody reads
// are most of the cost of sending them.
CALL (nodes) {
  UNWIND nodes AS va
  MATCH (va)-[vr]->(vb:Entity)
  WHERE vb IN nodes AND ($types IS NULL OR type(vr) IN $types)
  RETURN collect({
    source: va.key,
    target: vb.key,
    type: type(vr),
    properties: CASE WHEN $withProperties THEN vr {.*} END
  }) AS edges
}
