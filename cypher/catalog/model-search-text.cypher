// After an import: every model's search words, aliases included, from the one definition in
// cypher/model/search-text.cypher, and its name's and release date's sort keys (cypher/model/name-sort,
// release-sort); only models where one changed are written (a second import writes nothing).
MATCH (m:Model)
WITH m, {{model/search-text}} AS words
WHERE m.searchText IS NULL OR m.searchText <> words OR m.nameSort IS NULL OR m.nameSort <> {{model/name-sort}}
   OR m.releaseSort IS NULL OR m.releaseSort <> {{model/release-sort}}
SET m.searchText = words, m.nameSort = {{model/name-sort}}, m.releaseSort = {{model/release-sort}}
RETURN count(m) AS models
