// reads: m, modelFilter
// Condition on model m: at most modelFilter.maxTotalParamsB billion parameters.
m.totalParamsB <= modelFilter.maxTotalParamsB
