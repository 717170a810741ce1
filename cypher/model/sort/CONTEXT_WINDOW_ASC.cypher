// reads: m
// Sort value of a model list shortest context first, unknown last: a float, so that a cursor's JSON number compares equal to it.
coalesce(toFloat(m.contextWindow), 1.0e308)
