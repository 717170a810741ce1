// reads: m
// Fragment: a model with its to-one neighbours, so that a model's organization, licence and tier cost no
// further round trip. Included as {{model/projection}} by every query that returns models (variable m).
m {
  .*,
  organization: head(COLLECT { MATCH (o:Organization)-[:DEVELOPS]->(m) RETURN {{organization/projection}} }),
  licence: head(COLLECT { MATCH (m)-[:LICENSED_UNDER]->(l:Licence) RETURN l {.*} }),
  codeLicence: head(COLLECT { MATCH (m)-[:CODE_LICENSED_UNDER]->(l:Licence) RETURN l {.*} }),
  tier: head(COLLECT { MATCH (m)-[:IN_TIER]->(t:Tier) RETURN t {.*} })
}
