// A graph written before models were counted by cell (cypher/model/tally-cell; a graph seeded by an earlier
// version) gets its counts; later writes (seed, import, upsertModel) keep them current, so the next start finds
// them and does nothing.
OPTIONAL MATCH (kept:ModelTally)
WITH count(kept) AS kept WHERE kept = 0
{{model/tally-counts}}
CREATE (tally:ModelTally {key: key})
SET tally += cell, tally.models = models;
