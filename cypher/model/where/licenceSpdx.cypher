// reads: m, modelFilter
// Condition on model m: its weights licence has one of the SPDX ids modelFilter.licenceSpdx (the model's
// copy, cypher/model/licence-copies; indexed).
m.licenceSpdx IN modelFilter.licenceSpdx
