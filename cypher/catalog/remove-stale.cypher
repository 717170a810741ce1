// Catalog nodes the packages no longer hold (a version bump dropped an offering): removed with their
// relationships. The seed's nodes and the API's are never touched (origin 'catalog' only).
MATCH (n:Entity {origin: 'catalog'})
WHERE NOT n.key IN $keys
DETACH DELETE n
RETURN count(*) AS removed
