// After a write of many models (the seed's writePlan, the catalog import): the kept model counts
// (cypher/model/tally-cell) counted again over every model. Counts are written only where they change and
// cells left without models go, so a second seed writes nothing. upsertModel keeps them one model at a time
// (cypher/model/tally-leave, tally-join).
{{model/tally-counts}}
MERGE (tally:ModelTally {key: key})
WITH tally, key, cell, models
CALL (tally, cell, models) {
  WITH tally, cell, models WHERE tally.models IS NULL OR tally.models <> models
  SET tally += cell, tally.models = models
}
WITH collect(key) AS keys, sum(models) AS models
CALL (keys) {
  MATCH (stale:ModelTally) WHERE NOT stale.key IN keys
  DELETE stale
}
RETURN size(keys) AS cells, models
