// reads: nothing
// Models per openness category, among all models: the kept counts by cell (:ModelTally, cypher/model/tally-cell)
// summed by openness, instead of reading every model. Models not released have none (group null).
MATCH (tally:ModelTally)
RETURN tally.openness AS group, sum(tally.models) AS count
