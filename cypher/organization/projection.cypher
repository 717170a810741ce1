// Fragment: an organization (variable o) with the ids of its owner, subsidiaries and competitors.
o {
  .*,
  parentId: head(COLLECT { MATCH (o)-[:SUBSIDIARY_OF]->(p:Organization) RETURN p.id }),
  subsidiaryIds: COLLECT { MATCH (s:Organization)-[:SUBSIDIARY_OF]->(o) RETURN s.id },
  competitorIds: COLLECT { MATCH (o)-[:COMPETES_WITH]-(c:Organization) RETURN DISTINCT c.id }
}
