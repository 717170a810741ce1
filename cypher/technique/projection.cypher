// reads: n
// Fragment: a technique (variable n) with the ids of what it relates to.
n {
  .*,
  variantOfId: head(COLLECT { MATCH (n)-[:VARIANT_OF]->(p:Technique) RETURN p.id }),
  variantIds: COLLECT { MATCH (v:Technique)-[:VARIANT_OF]->(n) RETURN v.id ORDER BY v.id },
  exampleModelIds: COLLECT { MATCH (n)-[:EXAMPLE_MODEL]->(x:Model) RETURN x.id },
  offeredByIds: COLLECT { MATCH (n)-[:OFFERED_BY]->(x:Organization) RETURN x.id }
}
