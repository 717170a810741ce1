// Full-text search over names, descriptions, claims' and facts' statements and models' search words
// ($query: Lucene syntax, built from the user's words with special characters escaped), a page of hits
// with their score and the total. Best score first, ties by key; the page is a keyset page (cypher/page/:
// hits past $page.after, $limit of them), each hit with its position for its cursor.
CALL () {
  CALL db.index.fulltext.queryNodes('landscape_text', $query) YIELD node
  RETURN count(node) AS totalCount
}
CALL () {
  CALL db.index.fulltext.queryNodes('landscape_text', $query) YIELD node AS e, score
  WITH e, score, score AS sortValue, e.key AS sortId
  WHERE {{page/seek}}
  ORDER BY {{page/order}}
  LIMIT toInteger($limit)
  {{graph/entity}}
  // The projection is a subquery per hit: the page's order is restated for collect.
  WITH score, node, sortValue, sortId
  ORDER BY {{page/order}}
  RETURN collect({at: [sortValue, sortId], node: {score: score, node: node}}) AS hits
}
RETURN totalCount, hits
