// reads: m
// The group of model m by the analysis's tier (null where it names none).
head([(m)-[:IN_TIER]->(gt:Tier) | gt.name])
