// A graph written before models were counted by cell (cypher/model/tally-cell; a graph seeded by an earlier
// version) gets its counts; later writes (seed, import, upsertModel) keep them current, so the next start finds
// them and does nothing.
OPTIONAL MATCH (kept:ModelTally)
WITH count(kept) AS kept WHERE kept = 0
MATCH (m:Model)
WITH {{model/tally-cell}} AS cell
WITH {{model/tally-key}} AS key, cell
WITH key, head(collect(cell)) AS cell, count(*) AS models
CREATE (tally:ModelTally {key: key})
SET tally += cell, tally.models = models;
