// The models whose weights each licence covers.
UNWIND $ids AS groupId
MATCH (m:Model)-[:LICENSED_UNDER]->(:Licence {id: groupId})
WITH groupId, m ORDER BY m.releaseDate DESC, m.id
RETURN groupId, {{model/projection}} AS model
