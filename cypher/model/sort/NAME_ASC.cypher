// reads: m
// Sort value of a model list by name, A to Z, case-insensitive (ties by id; see cypher/page/).
coalesce(toLower(m.name), '')
