// reads: m
// Sort value of a model list by name, Z to A, case-insensitive (ties by id; see cypher/page/): the model's
// kept copy of its name in that order (cypher/model/name-sort), which an index gives in order.
m.nameSort
