// reads: nothing
// Models per release status, among all models: the kept counts by cell (:ModelTally, cypher/model/tally-cell)
// summed by status, instead of reading every model.
MATCH (tally:ModelTally)
RETURN tally.status AS group, sum(tally.models) AS count
