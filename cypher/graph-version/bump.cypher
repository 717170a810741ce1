// In every write transaction, last (src/neo4j/database.ts): the graph's version moves on, so that a response
// cached at an earlier version is never served again (src/server/response-cache.ts). The epoch is new when the
// node is (a reset deleted it), so that versions counted again from 1 never meet the old ones' cache keys.
MERGE (v:GraphVersion {name: 'graph'})
ON CREATE SET v.epoch = randomUUID(), v.version = 0
SET v.version = v.version + 1
RETURN v.epoch + '.' + toString(v.version) AS version
