// The models each organization develops, newest first.
UNWIND $ids AS groupId
MATCH (:Organization {id: groupId})-[:DEVELOPS]->(m:Model)
WITH groupId, m ORDER BY m.releaseDate DESC, m.id
RETURN groupId, {{model/projection}} AS model
