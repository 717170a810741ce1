// The claims about each node (by global key, in $ids), in document order.
UNWIND $ids AS groupId
MATCH (n:Claim)-[:ABOUT]->(:Entity {key: groupId})
WITH groupId, n ORDER BY n.sectionNumber, n.id
RETURN groupId, {{claim/projection}} AS claim
