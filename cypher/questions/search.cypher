// Full-text search over names, descriptions, claims' and facts' statements and models' search words
// ($query: Lucene syntax, built from the user's words with special characters escaped), a page of hits
// with their score and the total.
CALL () {
  CALL db.index.fulltext.queryNodes('landscape_text', $query) YIELD node
  RETURN count(node) AS totalCount
}
CALL () {
  CALL db.index.fulltext.queryNodes('landscape_text', $query, {skip: toInteger($offset), limit: toInteger($limit)})
  YIELD node AS e, score
  {{graph/entity}}
  RETURN collect({score: score, node: node}) AS hits
}
RETURN totalCount, hits
