// reads: m
// Sort value of a model list by name, Z to A, case-insensitive (ties by id; see cypher/page/).
coalesce(toLower(m.name), '')
