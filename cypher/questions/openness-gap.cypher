// For each result of a closed model (with a release date) on the chosen benchmarks, the first model with
// open weights, by release date, that matched or beat that score on the same benchmark; with
// $sameSource only comparable results count (one comparisonKey, src/benchmark/comparability.ts). The lag is in months
// (negative: the open model was out first), from each result's date: its snapshot's release where it was run
// on one (see model/snapshots), else its model's. Closed results nobody matched come back with no match.
// One row: `found` (false: $asked.benchmark names no benchmark, see benchmark/named) and the pairs.
WITH {{benchmark/named}} AS named
CALL (named) {
  MATCH (b:Benchmark)
  WHERE ($asked.benchmark IS NULL OR b = named)
    AND ($asked.domain IS NULL OR EXISTS { (b)-[:MEASURES]->(:Domain {id: $asked.domain}) })
  MATCH (b)<-[:ON_BENCHMARK]-(cr:BenchmarkResult)<-[:HAS_RESULT]-(cm:Model {openness: 'CLOSED'})
  // A result's date is its snapshot's where it was run on one (Claude 3.5 Sonnet of October 2024), else its model's release.
  WITH b, cr, cm, coalesce(head([(cr)-[:RUN_ON]->(cs:ModelSnapshot) | cs.releaseDate]), cm.releaseDate) AS closedDate
  WHERE closedDate IS NOT NULL
  CALL (b, cr, cm) {
    OPTIONAL MATCH (b)<-[:ON_BENCHMARK]-(orr:BenchmarkResult)<-[:HAS_RESULT]-(om:Model)
    WHERE om.weightsAvailable AND orr.score >= cr.score
      AND coalesce(head([(orr)-[:RUN_ON]->(os:ModelSnapshot) | os.releaseDate]), om.releaseDate) IS NOT NULL
      AND (NOT $sameSource OR orr.comparisonKey = cr.comparisonKey)
    WITH om, orr, orr.comparisonKey = cr.comparisonKey AS sameTable,
         coalesce(head([(orr)-[:RUN_ON]->(os:ModelSnapshot) | os.releaseDate]), om.releaseDate) AS openDate
    ORDER BY openDate, sameTable DESC, orr.score DESC, om.id
    RETURN om, orr, sameTable, openDate
    LIMIT 1
  }
  WITH b, cr, cm, closedDate, om, orr, sameTable, openDate
  ORDER BY b.id, closedDate, cm.id, cr.id
  CALL (cm) { WITH cm AS m RETURN {{model/projection}} AS closedModel }
  CALL (cr) { WITH cr AS r RETURN {{result/projection}} AS closedResult }
  CALL (om) { WITH om AS m RETURN CASE WHEN m IS NULL THEN null ELSE {{model/projection}} END AS openModel }
  CALL (orr) { WITH orr AS r RETURN CASE WHEN r IS NULL THEN null ELSE {{result/projection}} END AS openResult }
  RETURN collect({
    benchmark: {{benchmark/projection}}, closedModel: closedModel, closedResult: closedResult,
    openModel: openModel, openResult: openResult, closedDate: closedDate, openDate: openDate,
    lagMonths: CASE WHEN om IS NULL THEN null
                    ELSE round(duration.inDays(closedDate, openDate).days / 30.436875, 1) END,
    crossSource: CASE WHEN om IS NULL THEN null ELSE NOT sameTable END
  }) AS pairs
}
RETURN $asked.benchmark IS NULL OR named IS NOT NULL AS found, pairs
