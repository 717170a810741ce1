// Attributes a strategic motive to an organization, with the rationale (replacing an earlier one).
MATCH (o:Organization {id: $organization}), (s:StrategicMotive {id: $motive})
MERGE (o)-[d:DRIVEN_BY]->(s) ON CREATE SET d.origin = 'api', d.createdAt = datetime()
SET d.rationale = $rationale, d.updatedAt = datetime()
RETURN {organizationId: o.id, motiveId: s.id, rationale: d.rationale} AS attribution
