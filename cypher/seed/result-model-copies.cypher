// After the models' licence copies (cypher/seed/model-licence-copies): every result's copies of its model's
// openness and licence (cypher/result/model-copies), written only where they changed, so that a second load
// writes nothing.
MATCH (m:Model)-[:HAS_RESULT]->(r:BenchmarkResult)
WHERE coalesce(r.modelOpenness, '') <> coalesce(m.openness, '') OR coalesce(r.modelLicenceSpdx, '') <> coalesce(m.licenceSpdx, '')
   OR coalesce(r.modelLicenceCategory, '') <> coalesce(m.licenceCategory, '')
SET {{result/model-copies}}
RETURN count(r) AS results
