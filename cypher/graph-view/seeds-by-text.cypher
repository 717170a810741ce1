// The keys of the nodes that best match a full-text search ($query, Lucene syntax built from the user's
// words), to start a neighbourhood from.
CALL db.index.fulltext.queryNodes('landscape_text', $query, {limit: toInteger($limit)}) YIELD node
RETURN node.key AS key
