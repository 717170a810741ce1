// For each motive, the organizations it is attributed to, with the document's rationale.
UNWIND $ids AS groupId
MATCH (o:Organization)-[d:DRIVEN_BY]->(:StrategicMotive {id: groupId})
RETURN groupId, {organizationId: o.id, motiveId: groupId, rationale: d.rationale} AS attribution
ORDER BY o.id
