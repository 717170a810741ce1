// reads: m
// The cell of the kept model counts (:ModelTally, cypher/model/tallies-refresh) model m falls in: its value of
// every ModelFilter field a count is kept for. These are the fields with few values (openness, licence, status,
// curated, the developer's country, the tier), so the cells stay a few hundred however many models there are,
// and a list's totalCount sums the cells its filter matches instead of counting every model that does.
{openness: m.openness, licenceSpdx: m.licenceSpdx, licenceCategory: m.licenceCategory, status: m.status,
 curated: coalesce(m.origin, '') <> 'catalog',
 country: head(COLLECT { MATCH (tallied_developer:Organization)-[:DEVELOPS]->(m) RETURN tallied_developer.country }),
 tier: head(COLLECT { MATCH (m)-[:IN_TIER]->(tallied_tier:Tier) RETURN tallied_tier.rank })}
