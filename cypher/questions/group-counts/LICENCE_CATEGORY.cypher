// reads: nothing
// Models per category of their weights licence, among all models: the kept counts by cell (:ModelTally,
// cypher/model/tally-cell, from the copy of the category each model keeps) summed by category, instead of
// reading every model's licence. Models without a weights licence are the group null.
MATCH (tally:ModelTally)
RETURN tally.licenceCategory AS group, sum(tally.models) AS count
