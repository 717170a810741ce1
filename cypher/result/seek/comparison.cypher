// reads: g; binds: r
// The results of comparable group g with a score, in the order of the index on (comparisonKey, score): for a
// side of benchmarkWins whose filter names neither a licence nor an openness (cypher/result/seek-order/comparison
// names that order). The hint keeps Neo4j on this walk: with a model filter on an indexed property it would
// otherwise start from every matching model and read all their results.
MATCH (r:BenchmarkResult) USING INDEX r:BenchmarkResult(comparisonKey, score)
WHERE r.comparisonKey = g.comparisonKey AND r.score IS NOT NULL
