// reads: m, modelFilter
// Condition on model m: its developer is in one of the countries modelFilter.country.
EXISTS { MATCH (o:Organization)-[:DEVELOPS]->(m) WHERE o.country IN modelFilter.country }
