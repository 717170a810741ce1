// reads: o
// Fragment: the id of the provider that offers offering o (every offering has one).
head(COLLECT { MATCH (op:Provider)-[:OFFERS]->(o) RETURN op.id })
