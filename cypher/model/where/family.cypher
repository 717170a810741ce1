// reads: m, modelFilter
// Condition on model m: in one of the families modelFilter.family.
m.family IN modelFilter.family
