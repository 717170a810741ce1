// The source each node (by global key) was taken from, for every type's `source` field at once.
UNWIND $keys AS key
MATCH (:Entity {key: key})-[:SOURCED_FROM]->(s:Source)
RETURN key, s {.*} AS source
