// Results written before they kept copies of their model's openness and licence (a graph seeded by an
// earlier version) get them, from the one definition in cypher/result/model-copies.cypher; later writes
// (seed, recordBenchmarkResult, upsertModel) keep them current. After 005, which gives the models theirs.
MATCH (m:Model)-[:HAS_RESULT]->(r:BenchmarkResult)
WHERE coalesce(r.modelOpenness, '') <> coalesce(m.openness, '') OR coalesce(r.modelLicenceSpdx, '') <> coalesce(m.licenceSpdx, '')
   OR coalesce(r.modelLicenceCategory, '') <> coalesce(m.licenceCategory, '')
SET {{result/model-copies}};
