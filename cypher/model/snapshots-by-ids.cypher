// Model snapshots by id.
UNWIND $ids AS id
MATCH (s:ModelSnapshot {id: id})-[:SNAPSHOT_OF]->(m:Model)
RETURN s {.*, modelId: m.id} AS snapshot
