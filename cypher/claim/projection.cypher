// reads: n
// Fragment: a claim (variable n) with its section's source id, what it is about (global keys) and the
// facts that decide it.
n {
  .*,
  sectionSourceId: head(COLLECT { MATCH (n)-[:FROM_SECTION]->(cs:Source) RETURN cs.id }),
  aboutKeys: COLLECT { MATCH (n)-[:ABOUT]->(cx:Entity) RETURN cx.key ORDER BY cx.key },
  decidedByIds: COLLECT { MATCH (n)-[:DECIDED_BY]->(cf:Fact) RETURN cf.id ORDER BY cf.id }
}
