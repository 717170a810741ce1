// The offerings of models, each priced on day $asked.asOf (today when null), cheapest first by blended price;
// those without a price on that day last.
WITH coalesce(date($asked.asOf), date()) AS asOf
UNWIND $ids AS id
MATCH (:Model {id: id})<-[:SERVES]-(o:Offering)
WITH id, {{offering/projection}} AS offering
RETURN id AS groupId, offering
ORDER BY groupId, offering.price.blendedPerMTokens IS NULL, offering.price.blendedPerMTokens, offering.id
