// reads: r, modelFilter
// Condition on result r, before its model is matched: the model's weights licence has one of the SPDX ids
// modelFilter.licenceSpdx (r's copy, cypher/result/model-copies). The model's own condition (model/where) follows.
r.modelLicenceSpdx IN modelFilter.licenceSpdx
