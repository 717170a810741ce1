// reads: modelFilter; binds: totalCount
// A list's total for a filter only on fields a count is kept for (cypher/model/tally-cell): the kept counts of
// the cells it matches, summed. A few hundred cells at most, at any number of models.
MATCH (tally:ModelTally) WHERE {{model/tally-where}}
RETURN sum(tally.models) AS totalCount
