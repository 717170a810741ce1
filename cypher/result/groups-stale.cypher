// Whether the groups of comparable results lag the results (a graph written before cypher/result/groups-refresh
// existed): a result of a model without its bestOfModel flag, or results and no group at all.
RETURN EXISTS { MATCH (:Model)-[:HAS_RESULT]->(r:BenchmarkResult) WHERE r.bestOfModel IS NULL }
    OR (EXISTS { (:BenchmarkResult) } AND NOT EXISTS { (:ResultGroup) }) AS stale
