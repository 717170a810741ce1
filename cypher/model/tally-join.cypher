// In upsertModel's transaction, after the model is written: model $id joins the cell of the kept model counts
// it is in now (cypher/model/tally-cell), made if it is the cell's first model; see cypher/model/tally-leave.
MATCH (m:Model {id: $id})
WITH {{model/tally-cell}} AS cell
MERGE (tally:ModelTally {key: {{model/tally-key}}})
ON CREATE SET tally += cell, tally.models = 0
SET tally._lock = true
REMOVE tally._lock
SET tally.models = tally.models + 1
