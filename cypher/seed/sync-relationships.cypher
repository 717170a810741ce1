// One batch of seed relationships of one type, grouped by start node. The seed owns the relationships it
// wrote (origin 'seed'): one of this type from this node that the seed no longer lists is removed, so an
// edit to seed/ (a model's licence, say) leaves no stale edge. Relationships written by the API stay.
UNWIND $groups AS g
MATCH (a:Entity {key: g.from})
CALL (a, g) {
  OPTIONAL MATCH (a)-[old]->(b)
  WHERE type(old) = g.type AND old.origin = 'seed' AND NOT b.key IN [t IN g.targets | t.to]
  DELETE old
}
WITH a, g
UNWIND g.targets AS t
MATCH (b:Entity {key: t.to})
MERGE (a)-[r:$(g.type)]->(b)
SET r = t.props, r.origin = 'seed'
RETURN count(r) AS written
