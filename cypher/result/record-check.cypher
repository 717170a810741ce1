// What recording a benchmark result needs: the model ($model, an id) and the benchmark ($benchmark, an id
// or a name), with the benchmark's metric, and the model of the snapshot $snapshot (an id) when one is
// given. Nulls name what is missing.
OPTIONAL MATCH (m:Model {id: $model})
OPTIONAL MATCH (b:Benchmark) WHERE b.id = $benchmark OR toLower(b.name) = toLower($benchmark)
WITH m, b LIMIT 1
RETURN m.id AS modelId, b.id AS benchmarkId, b.metric AS metric,
       head([(s:ModelSnapshot {id: $snapshot})-[:SNAPSHOT_OF]->(sm:Model) | sm.id]) AS snapshotModelId
