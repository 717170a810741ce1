// Every benchmark result as one flat row for analysts: model, benchmark, domains, score, setting (the
// source's words and the structured protocol, with the comparison key: rows with one key are comparable) and
// source. Optionally one benchmark ($benchmark, an id) or domain ($domain); by benchmark, best first.
MATCH (m:Model)-[:HAS_RESULT]->(r:BenchmarkResult)-[:ON_BENCHMARK]->(b:Benchmark)
WHERE ($benchmark IS NULL OR b.id = $benchmark)
  AND ($domain IS NULL OR EXISTS { (b)-[:MEASURES]->(:Domain {id: $domain}) })
OPTIONAL MATCH (r)-[:REPORTED_IN]->(s:Source)
RETURN m.id AS model_id, m.name AS model, m.openness AS openness,
       b.id AS benchmark_id, b.name AS benchmark,
       COLLECT { MATCH (b)-[:MEASURES]->(d:Domain) RETURN d.id ORDER BY d.id } AS domains,
       r.score AS score, r.setting AS setting, r.reportedBy AS reported_by, r.evaluator AS evaluator, r.sourceTable AS source_table,
       r.comparisonKey AS comparison_key, r.variant AS variant, r.shots AS shots, r.chainOfThought AS chain_of_thought,
       r.sampling AS sampling, r.tools AS tools, r.maxOutputTokens AS max_output_tokens, r.reasoningEffort AS reasoning_effort,
       head([(r)-[:RUN_ON]->(sn:ModelSnapshot) | sn.id]) AS snapshot,
       s.id AS source_id, s.url AS source_url
ORDER BY b.id, r.score DESC, m.id, r.id
