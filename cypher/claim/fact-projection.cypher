// reads: n
// Fragment: a sourced fact (variable n) with what it is about and the claims it decides.
n {
  .*,
  aboutKeys: COLLECT { MATCH (n)-[:ABOUT]->(x:Entity) RETURN x.key ORDER BY x.key },
  decidesIds: COLLECT { MATCH (c:Claim)-[:DECIDED_BY]->(n) RETURN c.id ORDER BY c.id }
}
