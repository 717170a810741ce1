// reads: m
// Order of a model list (variable m): oldest first, unknown dates last; ties by id.
m.releaseDate ASC, m.id
