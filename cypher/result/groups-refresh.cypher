// After results are written or removed: each group of comparable results named in $keys (comparisonKey values,
// see src/benchmark/comparability.ts) is brought up to date, so that the questions that rank within a group
// (leaderboard, benchmarkWins) read a fixed-size part of it instead of every result of a benchmark:
// - one :ResultGroup {comparisonKey} per group, with its benchmark, source table, reporter and result count
//   (the leaderboard chooses the largest group from these counts); a group left without results goes;
// - on every result of the group, bestOfModel: true on the one that holds its model's best score in the group
//   (ties: the first id), false on the others, so that a board of the top N reads N index entries.
// Every write path runs it: the seed's writePlan (the whole graph) and recordBenchmarkResult (the result's old
// and new group, in its transaction). The group is locked first (the _lock write, removed at once), so two
// concurrent writes to one group are refreshed one after the other and the second sees the first's result.
// Properties are written only where they change: a second seed writes nothing.
UNWIND $keys AS key
WITH DISTINCT key ORDER BY key
MERGE (g:ResultGroup {comparisonKey: key})
SET g._lock = true
REMOVE g._lock
WITH g, key
CALL (g, key) {
  // (score IS NOT NULL, true of every result, lets Neo4j seek the index on (comparisonKey, score))
  OPTIONAL MATCH (r:BenchmarkResult) WHERE r.comparisonKey = key AND r.score IS NOT NULL
  WITH count(r) AS results, head(collect(r)) AS one
  WITH results, one {.sourceTable, .reportedBy, benchmarkId: head(COLLECT { MATCH (one)-[:ON_BENCHMARK]->(b:Benchmark) RETURN b.id })} AS sample
  CALL (g, results) {
    WITH g WHERE results = 0
    DELETE g
  }
  CALL (g, results, sample) {
    WITH g, sample WHERE results > 0
      AND (g.resultCount IS NULL OR g.resultCount <> results OR g.benchmarkId <> sample.benchmarkId
           OR g.sourceTable <> sample.sourceTable OR g.reportedBy <> sample.reportedBy)
    SET g.resultCount = results, g.benchmarkId = sample.benchmarkId, g.sourceTable = sample.sourceTable,
        g.reportedBy = sample.reportedBy
  }
  RETURN results
}
CALL (key) {
  MATCH (m:Model)-[:HAS_RESULT]->(r:BenchmarkResult) WHERE r.comparisonKey = key AND r.score IS NOT NULL
  WITH m, r ORDER BY r.score DESC, r.id
  WITH m, collect(r) AS ranked
  UNWIND range(0, size(ranked) - 1) AS position
  WITH ranked[position] AS r, position = 0 AS best
  WHERE r.bestOfModel IS NULL OR r.bestOfModel <> best
  SET r.bestOfModel = best
  RETURN count(r) AS flagged
}
RETURN count(key) AS groups, sum(results) AS results, sum(flagged) AS flagged
