// reads: n
// Fragment: a sourced fact (variable n) with what it is about, the claims it decides, and the facts it
// conflicts with (a catalog and the seed disagreeing).
n {
  .*,
  conflictsWithIds: COLLECT { MATCH (n)-[:CONFLICTS_WITH]-(other:Fact) RETURN other.id ORDER BY other.id },
  aboutKeys: COLLECT { MATCH (n)-[:ABOUT]->(x:Entity) RETURN x.key ORDER BY x.key },
  decidesIds: COLLECT { MATCH (c:Claim)-[:DECIDED_BY]->(n) RETURN c.id ORDER BY c.id }
}
