// reads: n
// Fragment: node n as the graph view draws it: its key, its kind (the label that is not Entity), a short
// display label (a result's says whose score on what: "DeepSeek-R1 on AIME 2024: 79.8"), and all its
// properties when $withProperties (else only its id). (A map projection, not properties(n): Neo4j 5.26's
// planner fails on properties(n) beside n.statement in one expression.)
{
  key: n.key,
  type: head([nodeLabel IN labels(n) WHERE nodeLabel <> 'Entity']),
  label: coalesce(n.name, n.title,
    CASE WHEN n.statement IS NULL THEN null
         WHEN size(n.statement) > 60 THEN left(n.statement, 57) + '...' ELSE n.statement END,
    CASE WHEN n:BenchmarkResult THEN head(COLLECT {
      MATCH (rm:Model)-[:HAS_RESULT]->(n)-[:ON_BENCHMARK]->(rb:Benchmark)
      RETURN rm.name + ' on ' + rb.name + ': ' + toString(n.score)
    }) END, n.id),
  properties: CASE WHEN $withProperties THEN n {.*} ELSE n {.id} END
}
