// reads: m, modelFilter
// Condition on model m: at least modelFilter.minTotalParamsB billion parameters.
m.totalParamsB >= modelFilter.minTotalParamsB
