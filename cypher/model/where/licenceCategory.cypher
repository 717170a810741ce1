// reads: m, modelFilter
// Condition on model m: its weights licence is in one of the categories modelFilter.licenceCategory.
EXISTS { MATCH (m)-[:LICENSED_UNDER]->(l:Licence) WHERE l.category IN modelFilter.licenceCategory }
