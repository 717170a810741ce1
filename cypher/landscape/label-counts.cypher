// Node counts per label from Neo4j's count store: constant time, whatever the graph's size. A label no
// node has any more (Neo4j keeps the name once used) is not a kind of node of the graph: left out.
CALL db.stats.retrieve('GRAPH COUNTS') YIELD data
UNWIND data.nodes AS entry
WITH entry WHERE entry.label IS NOT NULL AND entry.count > 0
RETURN entry.label AS label, entry.count AS count
ORDER BY label
