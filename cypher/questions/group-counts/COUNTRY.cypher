// reads: nothing
// Models per developer's country, among all models: the kept counts by cell (:ModelTally, cypher/model/tally-cell)
// summed by country, a few hundred cells at any number of models where counting read every DEVELOPS relationship
// (119 req/s at 1000x). Models without a developer, or whose developer has no country, are the group null.
MATCH (tally:ModelTally)
RETURN tally.country AS group, sum(tally.models) AS count
