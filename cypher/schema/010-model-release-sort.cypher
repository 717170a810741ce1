// Models written before they kept their release date's sort key (a graph seeded by an earlier version) get it,
// from the one definition in cypher/model/release-sort.cypher; later writes (seed, import, upsertModel) keep it
// current.
MATCH (m:Model) WHERE m.releaseSort IS NULL
SET m.releaseSort = {{model/release-sort}};
