// After an import: every model's search words, aliases included, from the one definition in
// cypher/model/search-text.cypher; only models whose words changed are written (a second import writes nothing).
MATCH (m:Model)
WITH m, {{model/search-text}} AS words
WHERE m.searchText IS NULL OR m.searchText <> words
SET m.searchText = words
RETURN count(m) AS models
