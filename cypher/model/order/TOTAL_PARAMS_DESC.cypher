// reads: m
// Order of a model list (variable m): largest first, undisclosed sizes last; ties by id.
coalesce(m.totalParamsB, -1.0) DESC, m.id
