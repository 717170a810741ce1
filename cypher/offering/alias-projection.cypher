// reads: a
// Fragment: alias a with the id of the model it names.
a {.*, modelId: head(COLLECT { MATCH (a)-[:NAMES]->(named:Model) RETURN named.id })}
