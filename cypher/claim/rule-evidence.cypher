// reads: c; binds: evidence
// Fragment: the evidence of claim c's rule (src/claim/rules.ts). For LEADS: in each group of comparable
// results (one comparisonKey: benchmark, source table, reporter, protocol) on the rule's benchmarks that has
// both sides, the best result of a model of the claimed side against the best of the other side (ties: the
// first id); `supports` when the claimed one scores higher. A model is on a side when it matches every part
// the side names (its ids, its openness categories).
CALL (c) {
  MATCH (eb:Benchmark)<-[:ON_BENCHMARK]-(er:BenchmarkResult)<-[:HAS_RESULT]-(em:Model)
  WHERE c.ruleQuestion = 'LEADS' AND eb.id IN c.ruleBenchmarks
  WITH eb, er,
       (size(c.ruleClaimedModels) = 0 OR em.id IN c.ruleClaimedModels)
         AND (size(c.ruleClaimedOpenness) = 0 OR em.openness IN c.ruleClaimedOpenness) AS claimedSide,
       (size(c.ruleOtherModels) = 0 OR em.id IN c.ruleOtherModels)
         AND (size(c.ruleOtherOpenness) = 0 OR em.openness IN c.ruleOtherOpenness) AS otherSide
  WHERE claimedSide <> otherSide
  WITH eb, er, claimedSide ORDER BY er.score DESC, er.id
  WITH eb, er.comparisonKey AS groupKey, collect({result: er, claimed: claimedSide}) AS sides
  WITH eb, groupKey, head([x IN sides WHERE x.claimed | x.result]) AS claimedBest, head([x IN sides WHERE NOT x.claimed | x.result]) AS otherBest
  WHERE claimedBest IS NOT NULL AND otherBest IS NOT NULL
  WITH eb, groupKey, claimedBest, otherBest ORDER BY eb.id, claimedBest.sourceTable, groupKey
  RETURN collect({
    benchmarkId: eb.id, comparisonKey: groupKey, claimedResult: claimedBest, otherResult: otherBest,
    supports: claimedBest.score > otherBest.score
  }) AS evidence
}
