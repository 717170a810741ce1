// reads: m, modelFilter
// Condition on model m: with one of the statuses modelFilter.status.
m.status IN modelFilter.status
