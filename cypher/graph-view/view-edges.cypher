// Fragment: the relationships among the nodes of `nodes` (optionally only of the types in $types), as
// `edges`, each with a stable id "<source key>-<TYPE>-><target key>".
CALL (nodes) {
  UNWIND nodes AS a
  MATCH (a)-[r]->(b:Entity)
  WHERE b IN nodes AND ($types IS NULL OR type(r) IN $types)
  RETURN collect({
    id: a.key + '-' + type(r) + '->' + b.key,
    source: a.key,
    target: b.key,
    type: type(r),
    properties: r {.*}
  }) AS edges
}
