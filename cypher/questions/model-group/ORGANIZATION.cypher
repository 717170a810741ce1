// The group of model m by its developer's name.
head([(o:Organization)-[:DEVELOPS]->(m) | o.name])
