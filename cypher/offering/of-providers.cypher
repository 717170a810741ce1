// The offerings of providers, priced today, by id.
WITH date() AS asOf
UNWIND $ids AS id
MATCH (:Provider {id: id})-[:OFFERS]->(o:Offering)
WITH id, {{offering/projection}} AS offering
RETURN id AS groupId, offering
ORDER BY groupId, offering.id
