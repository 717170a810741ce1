// The group of model m by the analysis's tier (NONE where it names none).
coalesce(head([(m)-[:IN_TIER]->(t:Tier) | t.name]), 'NONE')
