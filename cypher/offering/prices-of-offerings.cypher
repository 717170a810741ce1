// Every price point of offerings, oldest first (undated first), with the package each was read from.
UNWIND $ids AS id
MATCH (:Offering {id: id})-[:PRICED_AT]->(p:Price)
RETURN id AS groupId, {{offering/price-projection}} AS price
ORDER BY groupId, p.from IS NOT NULL, p.from, p.id
