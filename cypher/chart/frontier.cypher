// The points of the frontier chart (src/chart/): every result, with its date, of one group of comparable
// results of the benchmark $asked.benchmark names (benchmark/named): the group of $asked.sourceTable with the most results,
// or without one the largest group that holds both open-weight and closed models. A result's date is its
// snapshot's release where it was run on one, else its model's (as opennessGap counts lags). One row: `found`
// (false: no such benchmark), the benchmark, the group and its points by date.
WITH {{benchmark/named}} AS named
OPTIONAL CALL (named) {
  MATCH (named)<-[:ON_BENCHMARK]-(r:BenchmarkResult)<-[:HAS_RESULT]-(m:Model)
  WHERE $asked.sourceTable IS NULL OR r.sourceTable = $asked.sourceTable
  WITH r.comparisonKey AS comparisonKey, r.sourceTable AS sourceTable, r.reportedBy AS reportedBy, count(*) AS size,
       sum(CASE WHEN m.weightsAvailable THEN 1 ELSE 0 END) AS open
  RETURN comparisonKey, sourceTable, reportedBy
  ORDER BY (open > 0 AND open < size) DESC, size DESC, comparisonKey
  LIMIT 1
}
RETURN named IS NOT NULL AS found, named.id AS benchmarkId, named.name AS benchmarkName, comparisonKey, sourceTable, reportedBy,
  COLLECT {
    MATCH (named)<-[:ON_BENCHMARK]-(r:BenchmarkResult {comparisonKey: comparisonKey})<-[:HAS_RESULT]-(m:Model)
    WITH r, m, coalesce(head([(r)-[:RUN_ON]->(s:ModelSnapshot) | s.releaseDate]), m.releaseDate) AS date
    WHERE date IS NOT NULL
    WITH r, m, date ORDER BY date, m.id, r.id
    RETURN {modelId: m.id, model: m.name, openWeights: m.weightsAvailable, openness: m.openness, date: toString(date), score: r.score}
  } AS points
