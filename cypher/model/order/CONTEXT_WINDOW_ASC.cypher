// reads: m
// Order of a model list (variable m): shortest context first, unknown last; ties by id.
m.contextWindow ASC, m.id
