// The models the analysis places in each tier.
UNWIND $ids AS groupId
MATCH (m:Model)-[:IN_TIER]->(:Tier {id: groupId})
WITH groupId, m ORDER BY m.id
RETURN groupId, {{model/projection}} AS model
