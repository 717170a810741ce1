// The snapshots of each model, oldest first.
UNWIND $ids AS groupId
MATCH (s:ModelSnapshot)-[:SNAPSHOT_OF]->(:Model {id: groupId})
WITH groupId, s ORDER BY s.releaseDate, s.id
RETURN groupId, s {.*, modelId: groupId} AS snapshot
