// The catalog offerings that serve exactly one snapshot: offerings of its model whose provider-side id
// carries the snapshot's id ("anthropic/claude-3-5-sonnet-20241022", Bedrock's
// "anthropic.claude-3-5-sonnet-20241022-v2:0"), priced today, cheapest first.
WITH date() AS asOf
UNWIND $ids AS groupId
MATCH (s:ModelSnapshot {id: groupId})-[:SNAPSHOT_OF]->(:Model)<-[:SERVES]-(o:Offering)
WHERE o.providerModelId CONTAINS s.id
WITH groupId, {{offering/projection}} AS offering
RETURN groupId, offering
ORDER BY groupId, offering.price.blendedPerMTokens IS NULL, offering.price.blendedPerMTokens, offering.id
