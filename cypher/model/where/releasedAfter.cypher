// reads: m, modelFilter
// Condition on model m: released on or after modelFilter.releasedAfter (indexed).
m.releaseDate >= date(modelFilter.releasedAfter)
