// For each organization, the motives the document attributes to it, with the rationale.
UNWIND $ids AS groupId
MATCH (:Organization {id: groupId})-[d:DRIVEN_BY]->(s:StrategicMotive)
RETURN groupId, {organizationId: groupId, motiveId: s.id, rationale: d.rationale} AS attribution
ORDER BY s.id
