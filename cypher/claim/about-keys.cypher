// The claims about each node (by global key), in document order.
UNWIND $keys AS groupId
MATCH (n:Claim)-[:ABOUT]->(:Entity {key: groupId})
WITH groupId, n ORDER BY n.sectionNumber, n.id
RETURN groupId, {{claim/projection}} AS claim
