// Models written before they kept their name's sort key (a graph seeded by an earlier version) get it, from
// the one definition in cypher/model/name-sort.cypher; later writes (seed, import, upsertModel) keep it current.
MATCH (m:Model) WHERE m.nameSort IS NULL
SET m.nameSort = {{model/name-sort}};
