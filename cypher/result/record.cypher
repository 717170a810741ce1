// Records (or updates) one benchmark result ($id is derived from model, benchmark, setting, reporter,
// source and table, so recording the same result again updates its score), with its source. Returns the
// result's comparisonKey before this write (null: a new result), whose group is refreshed with the new one.
MATCH (m:Model {id: $model}), (b:Benchmark {id: $benchmark}), (s:Source {id: $source})
OPTIONAL MATCH (previous:BenchmarkResult {id: $id})
WITH m, b, s, previous.comparisonKey AS previousKey
MERGE (r:Entity {key: 'result:' + $id})
ON CREATE SET r:BenchmarkResult, r.id = $id, r.origin = 'api', r.createdAt = datetime()
SET r.score = $score, r.setting = $setting, r.reportedBy = $reportedBy, r.sourceTable = $sourceTable,
    r.notes = $notes, r.updatedAt = datetime(),
    // the protocol (src/benchmark/comparability.ts); a null removes what the source no longer says
    r.variant = $protocol.variant, r.shots = $protocol.shots, r.chainOfThought = $protocol.chainOfThought,
    r.sampling = $protocol.sampling, r.tools = $protocol.tools, r.maxOutputTokens = $protocol.maxOutputTokens,
    r.comparisonKey = $comparisonKey, r.reasoningEffort = $reasoningEffort
MERGE (m)-[h:HAS_RESULT]->(r) ON CREATE SET h.origin = 'api'
SET r.evaluator = {{result/evaluator}}, {{result/model-copies}}
MERGE (r)-[o:ON_BENCHMARK]->(b) ON CREATE SET o.origin = 'api'
MERGE (r)-[p:REPORTED_IN]->(s) ON CREATE SET p.origin = 'api'
// the snapshot it ran on ($snapshot, checked by result/record-check), replacing any other
WITH r, previousKey
CALL (r) {
  OPTIONAL MATCH (r)-[old:RUN_ON]->(other:ModelSnapshot) WHERE other.id <> $snapshot OR $snapshot IS NULL
  DELETE old
}
CALL (r) {
  MATCH (snapshot:ModelSnapshot {id: $snapshot})
  MERGE (r)-[run:RUN_ON]->(snapshot) ON CREATE SET run.origin = 'api'
}
RETURN {{result/projection}} AS result, previousKey
