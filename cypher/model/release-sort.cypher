// reads: m
// Fragment (an expression): model m's release date as a list newest first orders it (the date as text, which
// sorts as the calendar does; unknown dates last). Kept on the model as m.releaseSort (indexed) by every write of
// a model's release date: the seed (cypher/seed/model-search-text), the catalog import
// (cypher/catalog/model-search-text), upsertModel, and cypher/schema/010 for a graph written before; so a list
// newest first, the default order, reads its models from the index in order instead of sorting every one.
coalesce(toString(m.releaseDate), '0000-01-01')
