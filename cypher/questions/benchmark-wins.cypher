// Pairs of results on one benchmark where a model matching $winner scores above a model matching $loser,
// biggest margin first, at most $limit. By default ($sameSource) a pair counts only between comparable
// results (one comparisonKey: same benchmark, source table, reporter and protocol, see
// src/benchmark/comparability.ts); with $sameSource false any pair counts, marked crossSource. $asked.benchmark (an id or a name:
// see benchmark/named) and $asked.domain narrow the benchmarks; `found` is false when $asked.benchmark names none.
//
// The biggest margins pair the highest winners with the lowest losers of a table, so each table keeps
// only its best 2 x $limit winners and worst 2 x $limit losers, and pairs only the ranks that can make
// one of the $limit biggest margins (see below): the work stays bounded when a table holds thousands of
// results (it would take over $limit same-model pairs among them to push a true pair out).
//
// The wins come with their benchmarks, winners and losers once each (a model may win and lose), the
// models with what the request reads of them ($pick, see model/picked), in the same round trip; the
// results with the properties in $resultPick, their sources' ids when it names sourceId (a result's source
// table and notes are long, and a page of 100 wins repeated them 200 times).
WITH {{benchmark/named}} AS named
CALL (named) {
  MATCH (b:Benchmark)
  WHERE ($asked.benchmark IS NULL OR b = named)
    AND ($asked.domain IS NULL OR EXISTS { (b)-[:MEASURES]->(:Domain {id: $asked.domain}) })
  // By default, per group of comparable results of the benchmark (its :ResultGroup, see
  // cypher/result/groups-refresh): the group's results best (or worst) first, read only until 2 x $limit winners
  // (or losers) are found. Where a side's filter names licences or openness categories, the walk is one per value
  // ($seek: the values, cypher/result/seek/: the index), through an index that holds only that value's results of
  // the group, in score order; otherwise the group's whole index on (comparisonKey, score). Each walk keeps its
  // best 2 x $limit and the side keeps the best 2 x $limit of those: the same as one walk over all the values.
  // The ORDER BY names the whole of the index's order (cypher/result/seek-order/, fixed by the walk) so that Neo4j
  // follows the index instead of sorting the group. Conditions on the model's openness and licence are tested
  // first on the result's copies of them (cypher/result/where/), so that only the results that pass go to their
  // model (for the side's whole condition).
  CALL (b) {
    WITH b WHERE $sameSource
    MATCH (g:ResultGroup {benchmarkId: b.id})
    // Both sides in one subquery, as two branches of a UNION: a side's rows then never hold the other side's list
    // (Neo4j's slotted runtime would carry it into every row the second side sorts, and count it each time).
    CALL (g) {
      WITH g, $winner AS modelFilter
      UNWIND $seek.winner AS seekValue
      CALL (g, modelFilter, seekValue) {
        {{result/seek#winner}}
          AND {{result/where#winner}}
        MATCH (r)<-[:HAS_RESULT]-(m:Model)
        {{model/match#winner}}
        WHERE {{model/where#winner}}
        WITH r, m, r.score AS score, m.id AS modelId, r.id AS resultId
        ORDER BY {{result/seek-order#winner}}, score DESC, modelId, resultId LIMIT 2 * toInteger($limit)
        RETURN score, modelId, resultId
      }
      WITH score, modelId, resultId ORDER BY score DESC, modelId, resultId LIMIT 2 * toInteger($limit)
      RETURN true AS winning, collect({score: score, modelId: modelId, resultId: resultId}) AS results
    UNION ALL
      WITH g, $loser AS modelFilter
      UNWIND $seek.loser AS seekValue
      CALL (g, modelFilter, seekValue) {
        {{result/seek#loser}}
          AND {{result/where#loser}}
        MATCH (r)<-[:HAS_RESULT]-(m:Model)
        {{model/match#loser}}
        WHERE {{model/where#loser}}
        WITH r, m, r.score AS score, m.id AS modelId, r.id AS resultId
        ORDER BY {{result/seek-order#loser}}, score ASC, modelId, resultId LIMIT 2 * toInteger($limit)
        RETURN score, modelId, resultId
      }
      WITH score, modelId, resultId ORDER BY score ASC, modelId, resultId LIMIT 2 * toInteger($limit)
      RETURN false AS winning, collect({score: score, modelId: modelId, resultId: resultId}) AS results
    }
    RETURN collect(CASE WHEN winning THEN {tableKey: g.comparisonKey, results: results} END) AS winnerTables,
           collect(CASE WHEN NOT winning THEN {tableKey: g.comparisonKey, results: results} END) AS loserTables
  UNION
    // With $sameSource false, the benchmark is one table: its results, best (or worst) first.
    WITH b WHERE NOT $sameSource
    CALL (b) {
      WITH b, $winner AS modelFilter
      MATCH (b)<-[:ON_BENCHMARK]-(r:BenchmarkResult)
      WHERE {{result/where#winner}}
      MATCH (r)<-[:HAS_RESULT]-(m:Model)
      {{model/match#winner}}
      WHERE {{model/where#winner}}
      WITH r.score AS score, m.id AS modelId, r.id AS resultId ORDER BY score DESC, modelId, resultId LIMIT 2 * toInteger($limit)
      RETURN collect({score: score, modelId: modelId, resultId: resultId}) AS best
    }
    CALL (b) {
      WITH b, $loser AS modelFilter
      MATCH (b)<-[:ON_BENCHMARK]-(r:BenchmarkResult)
      WHERE {{result/where#loser}}
      MATCH (r)<-[:HAS_RESULT]-(m:Model)
      {{model/match#loser}}
      WHERE {{model/where#loser}}
      WITH r.score AS score, m.id AS modelId, r.id AS resultId ORDER BY score ASC, modelId, resultId LIMIT 2 * toInteger($limit)
      RETURN collect({score: score, modelId: modelId, resultId: resultId}) AS worst
    }
    RETURN [{tableKey: '', results: best}] AS winnerTables, [{tableKey: '', results: worst}] AS loserTables
  }
  UNWIND winnerTables AS wt
  UNWIND loserTables AS lt
  WITH b.id AS benchmarkId, wt, lt WHERE wt.tableKey = lt.tableKey
  // The i-th best winner and the j-th worst loser of a table make a pair that (i + 1) x (j + 1) - 1 pairs of the
  // table match or beat, so only pairs with (i + 1) x (j + 1) <= 2 x $limit can be among the $limit biggest (the
  // factor 2, as for the lists, leaves room for same-model pairs): about 2 x $limit x ln(2 x $limit) pairs per
  // table instead of (2 x $limit)^2. The lists are in the order the pairs are (score, then model and result
  // ids), so this holds for tied margins too.
  UNWIND range(0, size(wt.results) - 1) AS i
  WITH benchmarkId, wt, lt, i, 2 * toInteger($limit) / (i + 1) AS losersToPair
  UNWIND range(0, CASE WHEN losersToPair < size(lt.results) THEN losersToPair ELSE size(lt.results) END - 1) AS j
  WITH benchmarkId, wt.results[i] AS w, lt.results[j] AS l
  WHERE w.modelId <> l.modelId AND w.score > l.score
  // Grouped by every column (each pair is its own group: `once` is 1), so that the rows ranked next hold these
  // columns only, not the two tables' lists every pair was taken from (4,392 pairs at 1000x held 67 MB of them).
  WITH benchmarkId, w, l, round(w.score - l.score, 3) AS margin, count(*) AS once
  WITH benchmarkId, w, l, margin
  ORDER BY margin DESC, benchmarkId, w.modelId, l.modelId, w.resultId, l.resultId
  LIMIT toInteger($limit)
  // The lists and the pairs ranked above hold scores and ids only, and the nodes are found for the $limit wins kept.
  // Rows that held the results' and models' nodes (and the lists above) took Neo4j 127 MB of transaction memory for
  // Apache over closed on math at 1000x, and 16 such questions at once ran out of it (DATABASE_BUSY); now 6 MB.
  WITH collect({benchmark: benchmarkId, winner: w.modelId, loser: l.modelId, winnerResultId: w.resultId, loserResultId: l.resultId, margin: margin}) AS ranked
  CALL (ranked) {
    UNWIND range(0, size(ranked) - 1) AS k
    WITH k, ranked[k] AS win
    MATCH (wr:BenchmarkResult {id: win.winnerResultId})
    MATCH (lr:BenchmarkResult {id: win.loserResultId})
    WITH k, win, wr, lr ORDER BY k
    RETURN collect({
      benchmark: win.benchmark,
      winner: win.winner,
      loser: win.loser,
      winnerResult: {values: [property IN $resultPick | wr[property]], sourceId: CASE WHEN 'sourceId' IN $resultPick THEN head([(wr)-[:REPORTED_IN]->(s:Source) | s.id]) END},
      loserResult: {values: [property IN $resultPick | lr[property]], sourceId: CASE WHEN 'sourceId' IN $resultPick THEN head([(lr)-[:REPORTED_IN]->(s:Source) | s.id]) END},
      margin: win.margin,
      crossSource: wr.comparisonKey <> lr.comparisonKey
    }) AS wins
  }
  RETURN wins,
    [b IN COLLECT { MATCH (wb:Benchmark) WHERE wb.id IN [win IN ranked | win.benchmark] RETURN wb } | {{benchmark/projection}}] AS benchmarks,
    [m IN COLLECT { MATCH (wm:Model) WHERE wm.id IN [win IN ranked | win.winner] + [win IN ranked | win.loser] RETURN wm } | {{model/picked}}] AS models
}
RETURN $asked.benchmark IS NULL OR named IS NOT NULL AS found, wins, benchmarks, models
