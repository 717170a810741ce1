// reads: m
// The group of model m by its developer's name.
head([(go:Organization)-[:DEVELOPS]->(m) | go.name])
