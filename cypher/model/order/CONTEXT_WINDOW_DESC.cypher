// reads: m
// Order of a model list (variable m): longest context first, unknown last; ties by id.
coalesce(m.contextWindow, -1) DESC, m.id
