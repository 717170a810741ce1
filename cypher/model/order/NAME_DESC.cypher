// reads: m
// Order of a model list (variable m): by name, Z to A, case-insensitive; ties by id.
toLower(m.name) DESC, m.id
