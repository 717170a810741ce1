// reads: m
// The group of model m by its developer's country.
head([(go:Organization)-[:DEVELOPS]->(m) | go.country])
