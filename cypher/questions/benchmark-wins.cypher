// Pairs of results on one benchmark where a model matching $winner scores above a model matching $loser.
// By default ($sameSource) a pair counts only inside one source table from one reporter: scores from
// different tables are not comparable. $benchmark (an id) and $domain narrow the benchmarks.
MATCH (b:Benchmark)
WHERE ($benchmark IS NULL OR b.id = $benchmark)
  AND ($domain IS NULL OR EXISTS { (b)-[:MEASURES]->(:Domain {id: $domain}) })
CALL (b) {
  WITH b, $winner AS modelFilter
  MATCH (b)<-[:ON_BENCHMARK]-(r:BenchmarkResult)<-[:HAS_RESULT]-(m:Model)
  WHERE {{model/where}}
  RETURN collect({result: r, model: m}) AS winners
}
CALL (b) {
  WITH b, $loser AS modelFilter
  MATCH (b)<-[:ON_BENCHMARK]-(r:BenchmarkResult)<-[:HAS_RESULT]-(m:Model)
  WHERE {{model/where}}
  RETURN collect({result: r, model: m}) AS losers
}
UNWIND winners AS w
UNWIND losers AS l
WITH b, w, l,
     (w.result.sourceTable = l.result.sourceTable AND w.result.reportedBy = l.result.reportedBy) AS sameTable
WHERE w.model <> l.model AND w.result.score > l.result.score AND (sameTable OR NOT $sameSource)
WITH b, w, l, sameTable, round(w.result.score - l.result.score, 3) AS margin
ORDER BY margin DESC, b.id, w.model.id, l.model.id, w.result.id, l.result.id
LIMIT toInteger($limit)
WITH b, w.result AS wr, w.model AS wm, l.result AS lr, l.model AS lm, sameTable, margin
CALL (wm) { WITH wm AS m RETURN {{model/projection}} AS winner }
CALL (lm) { WITH lm AS m RETURN {{model/projection}} AS loser }
CALL (wr) { WITH wr AS r RETURN {{result/projection}} AS winnerResult }
CALL (lr) { WITH lr AS r RETURN {{result/projection}} AS loserResult }
RETURN {{benchmark/projection}} AS benchmark, winner, loser, winnerResult, loserResult, margin, NOT sameTable AS crossSource
