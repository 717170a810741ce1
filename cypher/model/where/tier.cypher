// reads: m, modelFilter
// Condition on model m: in one of the tiers modelFilter.tier (1, 2 or 3).
EXISTS { MATCH (m)-[:IN_TIER]->(t:Tier) WHERE t.rank IN modelFilter.tier }
