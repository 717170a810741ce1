// reads: m, modelFilter
// Condition on model m: released on or before modelFilter.releasedBefore (indexed).
m.releaseDate <= date(modelFilter.releasedBefore)
