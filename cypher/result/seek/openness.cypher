// reads: g, seekValue; binds: r
// The results of comparable group g with a score whose model's openness is seekValue (one of the side's filter;
// r's copy, cypher/result/model-copies), in the order of the index on (comparisonKey, modelOpenness, score): only
// those results are read, not the whole group.
MATCH (r:BenchmarkResult) USING INDEX r:BenchmarkResult(comparisonKey, modelOpenness, score)
WHERE r.comparisonKey = g.comparisonKey AND r.modelOpenness = seekValue AND r.score IS NOT NULL
