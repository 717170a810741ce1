// reads: m, modelFilter
// Condition on model m: its weights licence has one of the SPDX ids modelFilter.licenceSpdx.
EXISTS { MATCH (m)-[:LICENSED_UNDER]->(l:Licence) WHERE l.spdx IN modelFilter.licenceSpdx }
