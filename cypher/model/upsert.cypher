// Adds or updates one model: the given properties ($props, only those asked to change), its release date,
// its derived openness, and where given, its developer, licence and tier (each replacing the old one) and
// one more source (sources are only ever added: an edit never loses where a fact came from), and the
// model's copies of its licence's SPDX id and category, and its results' of those and its openness.
MERGE (m:Entity {key: 'model:' + $id})
ON CREATE SET m:Model, m.id = $id, m.origin = 'api', m.createdAt = datetime(),
              m.modalities = ['text'], m.strengths = [], m.limitations = [], m.openTrainingData = false, m.openTrainingCode = false
SET m += $props, m.openness = $openness, m.updatedAt = datetime()
SET m.releaseDate = CASE WHEN $releaseDate IS NULL THEN m.releaseDate ELSE date($releaseDate + CASE WHEN size($releaseDate) = 7 THEN '-01' ELSE '' END) END,
    m.releaseDatePrecision = CASE WHEN $releaseDate IS NULL THEN m.releaseDatePrecision WHEN size($releaseDate) = 7 THEN 'MONTH' ELSE 'DAY' END
SET m.searchText = {{model/search-text}}, m.nameSort = {{model/name-sort}}, m.releaseSort = {{model/release-sort}}
WITH m
CALL (m) {
  MATCH (o:Organization {id: $organization})
  OPTIONAL MATCH (other:Organization)-[old:DEVELOPS]->(m) WHERE other <> o
  DELETE old
  MERGE (o)-[d:DEVELOPS]->(m) ON CREATE SET d.origin = 'api'
}
CALL (m) {
  MATCH (l:Licence {id: $licence})
  OPTIONAL MATCH (m)-[old:LICENSED_UNDER]->(other:Licence) WHERE other <> l
  DELETE old
  MERGE (m)-[u:LICENSED_UNDER]->(l) ON CREATE SET u.origin = 'api'
}
SET {{model/licence-copies}}
WITH m
// its results' copies of its openness and licence follow them
CALL (m) {
  MATCH (m)-[:HAS_RESULT]->(r:BenchmarkResult)
  SET {{result/model-copies}}
}
CALL (m) {
  MATCH (t:Tier {id: $tier})
  OPTIONAL MATCH (m)-[old:IN_TIER]->(other:Tier) WHERE other <> t
  DELETE old
  MERGE (m)-[i:IN_TIER]->(t) ON CREATE SET i.origin = 'api'
}
CALL (m) {
  MATCH (s:Source {id: $source})
  MERGE (m)-[f:SOURCED_FROM]->(s) ON CREATE SET f.origin = 'api'
}
RETURN {{model/projection}} AS model
