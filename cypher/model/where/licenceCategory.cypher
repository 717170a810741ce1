// reads: m, modelFilter
// Condition on model m: its weights licence is in one of the categories modelFilter.licenceCategory (the
// model's copy, cypher/model/licence-copies; indexed).
m.licenceCategory IN modelFilter.licenceCategory
