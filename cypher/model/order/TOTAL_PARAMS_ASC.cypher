// reads: m
// Order of a model list (variable m): smallest first, undisclosed sizes last; ties by id.
m.totalParamsB ASC, m.id
