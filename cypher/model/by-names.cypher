// Models by what a person calls them: the id, or any name an alias holds, compared by normal form
// (src/catalog/names.ts: "gpt4o", "GPT-4o-2024-08-06" and "openai/gpt-4o" are one name). With $withOfferings
// (the request reads the model's offerings, priced today), they come along in the same round trip, in
// offering/of-models' order: cheapest first by blended price, those without a price today last.
UNWIND $names AS asked
OPTIONAL MATCH (exact:Model {id: asked.name})
OPTIONAL MATCH (:Alias {id: asked.normal})-[:NAMES]->(named:Model)
WITH asked, coalesce(exact, named) AS m
WHERE m IS NOT NULL
RETURN asked.name AS name, {{model/projection}} AS model,
  CASE WHEN $withOfferings THEN COLLECT {
    WITH m, date() AS asOf
    MATCH (m)<-[:SERVES]-(o:Offering)
    WITH {{offering/projection}} AS offering
    ORDER BY offering.price.blendedPerMTokens IS NULL, offering.price.blendedPerMTokens, offering.id
    RETURN offering
  } END AS offerings
