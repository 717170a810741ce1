// Every dated price point of the catalogs as one flat row, with its offering, provider and model and the
// package it was read from. Optionally only some providers ($providers) or one model ($model). By
// offering, oldest first.
MATCH (pr:Provider)-[:OFFERS]->(o:Offering)-[:PRICED_AT]->(p:Price)
WHERE ($providers IS NULL OR pr.id IN $providers)
  AND ($model IS NULL OR EXISTS { (o)-[:SERVES]->(:Model {id: $model}) })
OPTIONAL MATCH (o)-[:SERVES]->(m:Model)
OPTIONAL MATCH (p)-[:SOURCED_FROM]->(s:Source)
RETURN o.id AS offering_id, pr.id AS provider_id, m.id AS model_id, toString(p.from) AS from, toString(p.until) AS until,
       p.inputPerMTokens AS input_per_mtok, p.outputPerMTokens AS output_per_mtok, p.cacheReadPerMTokens AS cache_read_per_mtok,
       p.cacheWritePerMTokens AS cache_write_per_mtok, p.tieredAbove AS tiered_above, p.pricedAs AS priced_as,
       s.package + '@' + s.version AS source_package
ORDER BY o.id, p.from IS NOT NULL, p.from, p.id
