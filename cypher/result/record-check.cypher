// What recording a benchmark result needs: the model ($model, an id) and the benchmark ($benchmark, an id
// or a name), with the benchmark's metric. Nulls name what is missing.
OPTIONAL MATCH (m:Model {id: $model})
OPTIONAL MATCH (b:Benchmark) WHERE b.id = $benchmark OR toLower(b.name) = toLower($benchmark)
WITH m, b LIMIT 1
RETURN m.id AS modelId, b.id AS benchmarkId, b.metric AS metric
