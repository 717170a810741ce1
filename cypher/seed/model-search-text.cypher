// After the seed's nodes are written (SET = replaces their properties): every model's search words,
// from the one definition in cypher/model/search-text.cypher, and its name's and release date's sort keys
// (cypher/model/name-sort, release-sort).
MATCH (m:Model)
SET m.searchText = {{model/search-text}}, m.nameSort = {{model/name-sort}}, m.releaseSort = {{model/release-sort}}
RETURN count(m) AS models
