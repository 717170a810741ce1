// In upsertModel's transaction, before the model is written: model $id (if it exists) leaves the cell of the
// kept model counts it was in (cypher/model/tally-cell); a cell left empty goes. cypher/model/tally-join adds it
// back to its cell after the write. The cell is locked (the _lock write, removed at once) before its count is
// read, so two writes to one cell count one after the other.
MATCH (m:Model {id: $id})
WITH {{model/tally-cell}} AS cell
MATCH (tally:ModelTally {key: {{model/tally-key}}})
SET tally._lock = true
REMOVE tally._lock
SET tally.models = tally.models - 1
WITH tally WHERE tally.models <= 0
DELETE tally
