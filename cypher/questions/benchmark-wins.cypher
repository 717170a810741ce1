// Pairs of results on one benchmark where a model matching $winner scores above a model matching $loser,
// biggest margin first, at most $limit. By default ($sameSource) a pair counts only between comparable
// results (one comparisonKey: same benchmark, source table, reporter and protocol, see
// src/benchmark/comparability.ts); with $sameSource false any pair counts, marked crossSource. $benchmark (an id or a name:
// see benchmark/named) and $domain narrow the benchmarks; `found` is false when $benchmark names none.
//
// The biggest margins pair the highest winners with the lowest losers of a table, so each table keeps
// only its best 2 x $limit winners and worst 2 x $limit losers before pairing: the work stays bounded
// when a table holds thousands of results (it would take over $limit same-model pairs among them to
// push a true pair out).
//
// The wins come with their benchmarks, winners and losers once each (a model may win and lose), the
// models with what the request reads of them ($pick, see model/picked), in the same round trip; the
// results with the properties in $resultPick, their sources' ids when it names sourceId (a result's source
// table and notes are long, and a page of 100 wins repeated them 200 times).
WITH {{benchmark/named}} AS named
CALL (named) {
  MATCH (b:Benchmark)
  WHERE ($benchmark IS NULL OR b = named)
    AND ($domain IS NULL OR EXISTS { (b)-[:MEASURES]->(:Domain {id: $domain}) })
  CALL (b) {
    WITH b, $winner AS modelFilter
    MATCH (b)<-[:ON_BENCHMARK]-(r:BenchmarkResult)<-[:HAS_RESULT]-(m:Model)
    {{model/match#winner}}
    WHERE {{model/where#winner}}
    WITH r, m, CASE WHEN $sameSource THEN r.comparisonKey ELSE '' END AS tableKey
    ORDER BY r.score DESC
    WITH tableKey, collect({result: r, model: m})[0..(2 * toInteger($limit))] AS best
    RETURN collect({tableKey: tableKey, results: best}) AS winnerTables
  }
  CALL (b) {
    WITH b, $loser AS modelFilter
    MATCH (b)<-[:ON_BENCHMARK]-(r:BenchmarkResult)<-[:HAS_RESULT]-(m:Model)
    {{model/match#loser}}
    WHERE {{model/where#loser}}
    WITH r, m, CASE WHEN $sameSource THEN r.comparisonKey ELSE '' END AS tableKey
    ORDER BY r.score ASC
    WITH tableKey, collect({result: r, model: m})[0..(2 * toInteger($limit))] AS worst
    RETURN collect({tableKey: tableKey, results: worst}) AS loserTables
  }
  UNWIND winnerTables AS wt
  UNWIND loserTables AS lt
  WITH b, wt, lt WHERE wt.tableKey = lt.tableKey
  UNWIND wt.results AS w
  UNWIND lt.results AS l
  WITH b, w, l
  WHERE w.model <> l.model AND w.result.score > l.result.score
  WITH b, w, l, round(w.result.score - l.result.score, 3) AS margin
  ORDER BY margin DESC, b.id, w.model.id, l.model.id, w.result.id, l.result.id
  LIMIT toInteger($limit)
  WITH b, w.result AS wr, w.model AS wm, l.result AS lr, l.model AS lm, margin
  WITH collect({
      benchmark: b.id,
      winner: wm.id,
      loser: lm.id,
      winnerResult: {values: [property IN $resultPick | wr[property]], sourceId: CASE WHEN 'sourceId' IN $resultPick THEN head([(wr)-[:REPORTED_IN]->(s:Source) | s.id]) END},
      loserResult: {values: [property IN $resultPick | lr[property]], sourceId: CASE WHEN 'sourceId' IN $resultPick THEN head([(lr)-[:REPORTED_IN]->(s:Source) | s.id]) END},
      margin: margin,
      crossSource: wr.comparisonKey <> lr.comparisonKey
    }) AS wins,
    collect(DISTINCT b) AS benchmarks,
    collect(DISTINCT wm) + collect(DISTINCT lm) AS models
  RETURN wins, [b IN benchmarks | {{benchmark/projection}}] AS benchmarks, [m IN models | {{model/picked}}] AS models
}
RETURN $benchmark IS NULL OR named IS NOT NULL AS found, wins, benchmarks, models
