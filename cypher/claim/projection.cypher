// Fragment: a claim (variable n) with its section's source id, what it is about (global keys) and the
// facts that decide it.
n {
  .*,
  sectionSourceId: head(COLLECT { MATCH (n)-[:FROM_SECTION]->(s:Source) RETURN s.id }),
  aboutKeys: COLLECT { MATCH (n)-[:ABOUT]->(x:Entity) RETURN x.key ORDER BY x.key },
  decidedByIds: COLLECT { MATCH (n)-[:DECIDED_BY]->(f:Fact) RETURN f.id ORDER BY f.id }
}
