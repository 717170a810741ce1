// reads: m
// Order of a model list (variable m): by name, A to Z, case-insensitive; ties by id.
toLower(m.name) ASC, m.id
