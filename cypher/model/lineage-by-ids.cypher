// Each model's lineage: what it succeeds, is distilled from or built on, and what succeeds or distils it.
UNWIND $ids AS id
MATCH (m:Model {id: id})
RETURN id,
  COLLECT { MATCH (m)-[:SUCCEEDS]->(x:Model) RETURN x.id } AS succeeds,
  COLLECT { MATCH (x:Model)-[:SUCCEEDS]->(m) RETURN x.id } AS succeededBy,
  COLLECT { MATCH (m)-[:DISTILLED_FROM]->(x:Model) RETURN x.id } AS distilledFrom,
  COLLECT { MATCH (x:Model)-[:DISTILLED_FROM]->(m) RETURN x.id } AS distilledInto,
  COLLECT { MATCH (m)-[:BUILT_ON]->(x:Model) RETURN x.id } AS builtOn
