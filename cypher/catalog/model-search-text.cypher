// After an import: every model's search words, aliases included, from the one definition in
// cypher/model/search-text.cypher; only models whose words changed are written (a second import writes nothing).
MATCH (m:Model)
WITH m, {{model/search-text}} AS words
WHERE m.searchText IS NULL OR m.searchText <> words OR m.nameSort IS NULL OR m.nameSort <> {{model/name-sort}}
SET m.searchText = words, m.nameSort = {{model/name-sort}}
RETURN count(m) AS models
