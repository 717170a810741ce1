// Fragment: the ModelFilter of the API as one predicate on model m, given the filter map modelFilter
// (absent keys read as null and do not filter). Included as {{model/where}}.
(modelFilter.ids IS NULL OR m.id IN modelFilter.ids)
AND (modelFilter.name IS NULL OR toLower(m.name) CONTAINS toLower(modelFilter.name))
AND (modelFilter.family IS NULL OR m.family IN modelFilter.family)
AND (modelFilter.openness IS NULL OR m.openness IN modelFilter.openness)
AND (modelFilter.status IS NULL OR m.status IN modelFilter.status)
AND (modelFilter.releasedAfter IS NULL OR m.releaseDate >= date(modelFilter.releasedAfter))
AND (modelFilter.releasedBefore IS NULL OR m.releaseDate <= date(modelFilter.releasedBefore))
AND (modelFilter.minTotalParamsB IS NULL OR m.totalParamsB >= modelFilter.minTotalParamsB)
AND (modelFilter.maxTotalParamsB IS NULL OR m.totalParamsB <= modelFilter.maxTotalParamsB)
AND (modelFilter.organization IS NULL OR EXISTS {
  MATCH (o:Organization)-[:DEVELOPS]->(m) WHERE o.id IN modelFilter.organization OR o.name IN modelFilter.organization })
AND (modelFilter.country IS NULL OR EXISTS {
  MATCH (o:Organization)-[:DEVELOPS]->(m) WHERE o.country IN modelFilter.country })
AND (modelFilter.licenceSpdx IS NULL OR EXISTS {
  MATCH (m)-[:LICENSED_UNDER]->(l:Licence) WHERE l.spdx IN modelFilter.licenceSpdx })
AND (modelFilter.licenceCategory IS NULL OR EXISTS {
  MATCH (m)-[:LICENSED_UNDER]->(l:Licence) WHERE l.category IN modelFilter.licenceCategory })
AND (modelFilter.tier IS NULL OR EXISTS {
  MATCH (m)-[:IN_TIER]->(t:Tier) WHERE t.rank IN modelFilter.tier })
AND (modelFilter.domain IS NULL OR EXISTS {
  MATCH (m)-[:HAS_RESULT]->(:BenchmarkResult)-[:ON_BENCHMARK]->(:Benchmark)-[:MEASURES]->(d:Domain)
  WHERE d.id IN modelFilter.domain })
