// The group of model m by the analysis's tier (null where it names none).
head([(m)-[:IN_TIER]->(t:Tier) | t.name])
