// After the seed's nodes are written (SET = replaces their properties): every model's search words,
// from the one definition in cypher/model/search-text.cypher.
MATCH (m:Model)
SET m.searchText = {{model/search-text}}
RETURN count(m) AS models
