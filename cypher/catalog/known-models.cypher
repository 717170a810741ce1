// The models catalog entries can resolve to: their ids and names (src/catalog/resolution.ts), and what
// the seed says of the facts a catalog also gives (release date, context window, open weights), with the
// developer and the source the seed took them from, so that a disagreement becomes a pair of facts.
// The catalogs' own models (origin 'catalog') are not among them: they are planned afresh at every import.
MATCH (m:Model)
WHERE coalesce(m.origin, '') <> 'catalog'
RETURN m.id AS id, m.name AS name, toString(m.releaseDate) AS releaseDate, m.releaseDatePrecision AS releaseDatePrecision,
       m.contextWindow AS contextWindow, m.weightsAvailable AS weightsAvailable,
       head(COLLECT { MATCH (o:Organization)-[:DEVELOPS]->(m) RETURN o.id }) AS organizationId,
       head(COLLECT { MATCH (m)-[:SOURCED_FROM]->(s:Source) RETURN s.id }) AS sourceId
ORDER BY id
