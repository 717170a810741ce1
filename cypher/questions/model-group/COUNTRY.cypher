// The group of model m by its developer's country.
head([(o:Organization)-[:DEVELOPS]->(m) | o.country])
