// Aliases by id (their normal form), with the model each names.
UNWIND $ids AS id
MATCH (a:Alias {id: id})
RETURN a {.*, modelId: head(COLLECT { MATCH (a)-[:NAMES]->(named:Model) RETURN named.id })} AS alias
