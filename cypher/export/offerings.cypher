// Every offering of the catalogs as one flat row: provider, the model it serves (where resolved, and by
// which rule), limits, and its price on day $asOf (today when null) with the package it was read from.
// Optionally only some providers ($providers) or one model ($model, a model id). By offering id.
WITH coalesce(date($asOf), date()) AS asOf
MATCH (pr:Provider)-[:OFFERS]->(o:Offering)
WHERE ($providers IS NULL OR pr.id IN $providers)
  AND ($model IS NULL OR EXISTS { (o)-[:SERVES]->(:Model {id: $model}) })
OPTIONAL MATCH (o)-[:SERVES]->(m:Model)
WITH asOf, pr, o, m, {{offering/price-at}} AS price
OPTIONAL MATCH (o)-[:SOURCED_FROM]->(catalog:Source)
RETURN o.id AS offering_id, pr.id AS provider_id, pr.name AS provider, o.providerModelId AS provider_model_id, o.name AS name,
       m.id AS model_id, o.matchedBy AS matched_by, toString(o.releaseDate) AS release_date, o.openWeights AS open_weights,
       o.reasoning AS reasoning, o.toolCall AS tool_call, o.contextWindow AS context_window, o.outputLimit AS output_limit,
       toString(asOf) AS price_as_of, price.inputPerMTokens AS input_per_mtok, price.outputPerMTokens AS output_per_mtok,
       price.cacheReadPerMTokens AS cache_read_per_mtok, price.blendedPerMTokens AS blended_per_mtok, price.pricedAs AS priced_as,
       catalog.package + '@' + catalog.version AS catalog_package
ORDER BY o.id
