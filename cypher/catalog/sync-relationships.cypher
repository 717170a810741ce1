// One batch of catalog relationships of one type, grouped by start node: what the catalogs no longer say
// (an offering now resolved to another model) is removed; a relationship whose properties are unchanged is
// left alone, so that a second import changes nothing.
UNWIND $groups AS g
MATCH (a:Entity {key: g.from})
CALL (a, g) {
  OPTIONAL MATCH (a)-[old]->(b)
  WHERE type(old) = g.type AND old.origin = 'catalog' AND NOT b.key IN [t IN g.targets | t.to]
  DELETE old
}
WITH a, g
UNWIND g.targets AS t
MATCH (b:Entity {key: t.to})
MERGE (a)-[r:$(g.type)]->(b)
WITH r, t, r.origin IS NULL AS created
CALL (r, t) {
  WITH * WHERE coalesce(r.catalogHash, '') <> t.hash
  SET r = t.props, r.origin = 'catalog', r.catalogHash = t.hash
}
RETURN sum(CASE WHEN created THEN 1 ELSE 0 END) AS created
