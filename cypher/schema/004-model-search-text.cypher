// Models written before search words existed (a graph seeded by an earlier version) get theirs, from the
// one definition in cypher/model/search-text.cypher; later writes (seed, upsertModel) keep them current.
MATCH (m:Model) WHERE m.searchText IS NULL
SET m.searchText = {{model/search-text}};
