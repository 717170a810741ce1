// Fragment: node n as the graph view draws it: its key, its kind (the label that is not Entity), a short
// display label, and all its properties when $withProperties (else only its id). (A map projection, not
// properties(n): Neo4j 5.26's planner fails on properties(n) beside n.statement in one expression.)
{
  key: n.key,
  type: head([l IN labels(n) WHERE l <> 'Entity']),
  label: coalesce(n.name, n.title,
    CASE WHEN n.statement IS NULL THEN null
         WHEN size(n.statement) > 60 THEN left(n.statement, 57) + '...' ELSE n.statement END,
    CASE WHEN n:BenchmarkResult THEN toString(n.score) END, n.id),
  properties: CASE WHEN $withProperties THEN n {.*} ELSE n {.id} END
}
