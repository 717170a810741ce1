// Node counts per label from Neo4j's count store: constant time, whatever the graph's size.
CALL db.stats.retrieve('GRAPH COUNTS') YIELD data
UNWIND data.nodes AS entry
WITH entry WHERE entry.label IS NOT NULL
RETURN entry.label AS label, entry.count AS count
ORDER BY label
