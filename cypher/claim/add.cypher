// Adds one claim with its section, what it is about and the facts that decide it.
MATCH (section:Source {id: $sectionSourceId})
CREATE (n:Entity:Claim {key: 'claim:' + $id, id: $id, origin: 'api', createdAt: datetime()})
SET n += $props, n.section = section.title, n.sectionNumber = section.section
CREATE (n)-[:FROM_SECTION {origin: 'api'}]->(section)
WITH n
CALL (n) {
  UNWIND $about AS key
  MATCH (x:Entity {key: key})
  CREATE (n)-[:ABOUT {origin: 'api'}]->(x)
}
CALL (n) {
  UNWIND $decidedBy AS factId
  MATCH (f:Fact {id: factId})
  CREATE (n)-[:DECIDED_BY {origin: 'api'}]->(f)
}
RETURN {{claim/projection}} AS claim
