// reads: m
// Sort value of a model list newest first, unknown dates last: the date as text (YYYY-MM-DD sorts as the calendar does), so that a cursor carries it as it is.
coalesce(toString(m.releaseDate), '0000-01-01')
