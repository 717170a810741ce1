// reads: m, modelFilter
// Condition on model m: in one of the openness categories modelFilter.openness (indexed).
m.openness IN modelFilter.openness
