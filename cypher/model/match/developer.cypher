// reads: nothing; binds: o, m
// Matches the models a list starts from through their developer (variables o and m), for a filter on
// the developer: Neo4j can then start from the organizations' country or name (indexed) instead of
// walking every model's relationships to find its developer. A model has at most one developer.
MATCH (o:Organization)-[:DEVELOPS]->(m:Model)
