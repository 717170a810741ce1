// reads: m
// Order of a model list (variable m): newest first, unknown dates last; ties by id.
coalesce(m.releaseDate, date('0001-01-01')) DESC, m.id
