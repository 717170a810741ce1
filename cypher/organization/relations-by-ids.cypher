// Each organization's owner, subsidiaries and competitors, for the Organization relation fields.
UNWIND $ids AS id
MATCH (o:Organization {id: id})
RETURN id,
  head(COLLECT { MATCH (o)-[:SUBSIDIARY_OF]->(p:Organization) RETURN p {.*} }) AS parent,
  COLLECT { MATCH (s:Organization)-[:SUBSIDIARY_OF]->(o) RETURN s {.*} ORDER BY s.id } AS subsidiaries,
  COLLECT { MATCH (o)-[:COMPETES_WITH]-(c:Organization) WITH DISTINCT c RETURN c {.*} ORDER BY c.id } AS competitors
