// After the seed's nodes are written (SET = replaces their properties): every model's search words,
// from the one definition in cypher/model/search-text.cypher, and its name's sort key (cypher/model/name-sort).
MATCH (m:Model)
SET m.searchText = {{model/search-text}}, m.nameSort = {{model/name-sort}}
RETURN count(m) AS models
