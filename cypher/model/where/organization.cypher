// reads: m, modelFilter
// Condition on model m: developed by one of modelFilter.organization, by id or by name.
EXISTS { MATCH (o:Organization)-[:DEVELOPS]->(m) WHERE o.id IN modelFilter.organization OR o.name IN modelFilter.organization }
