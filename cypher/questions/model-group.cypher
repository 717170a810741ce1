// Fragment: the group of model m for $groupBy (a fixed ModelGrouping value).
CASE $groupBy
  WHEN 'OPENNESS' THEN coalesce(m.openness, 'NOT_RELEASED')
  WHEN 'STATUS' THEN m.status
  WHEN 'FAMILY' THEN m.family
  WHEN 'LICENCE_CATEGORY' THEN coalesce(head(COLLECT { MATCH (m)-[:LICENSED_UNDER]->(l:Licence) RETURN l.category }), 'NONE')
  WHEN 'LICENCE' THEN coalesce(head(COLLECT { MATCH (m)-[:LICENSED_UNDER]->(l:Licence) RETURN l.name }), 'NONE')
  WHEN 'ORGANIZATION' THEN head(COLLECT { MATCH (o:Organization)-[:DEVELOPS]->(m) RETURN o.name })
  WHEN 'COUNTRY' THEN head(COLLECT { MATCH (o:Organization)-[:DEVELOPS]->(m) RETURN o.country })
  WHEN 'TIER' THEN coalesce(head(COLLECT { MATCH (m)-[:IN_TIER]->(t:Tier) RETURN t.name }), 'NONE')
END
