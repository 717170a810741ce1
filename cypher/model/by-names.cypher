// Models by what a person calls them: the id, or any name an alias holds, compared by normal form
// (src/catalog/names.ts: "gpt4o", "GPT-4o-2024-08-06" and "openai/gpt-4o" are one name), each with what the request
// reads of it ($pick, see model/picked). With $offeringPick (the request reads the model's offerings priced today),
// they come along in the same round trip, in offering/of-models' order (cheapest first by blended price, those
// without a price today last), each as [the values of $offeringPick.offering, those of $offeringPick.price or null]:
// an offering's limits, modalities and price points are most of its bytes, and a request reads few of them.
UNWIND $names AS asked
OPTIONAL MATCH (exact:Model {id: asked.name})
OPTIONAL MATCH (:Alias {id: asked.normal})-[:NAMES]->(named:Model)
WITH asked, coalesce(exact, named) AS m
WHERE m IS NOT NULL
RETURN asked.name AS name, {{model/picked}} AS model,
  CASE WHEN $offeringPick IS NOT NULL THEN COLLECT {
    WITH m, date() AS asOf
    MATCH (m)<-[:SERVES]-(o:Offering)
    WITH o, {{offering/price-at}} AS price
    ORDER BY price.blendedPerMTokens IS NULL, price.blendedPerMTokens, o.id
    RETURN [
      [property IN $offeringPick.offering |
        CASE property
          WHEN 'providerId' THEN {{offering/provider-id}}
          WHEN 'modelId' THEN m.id
          ELSE o[property]
        END],
      CASE WHEN $offeringPick.price IS NOT NULL AND price IS NOT NULL THEN [property IN $offeringPick.price | price[property]] END
    ]
  } END AS offerings
