// reads: r, modelFilter
// Condition on result r, before its model is matched: the model's weights licence is in one of the categories
// modelFilter.licenceCategory (r's copy, cypher/result/model-copies). The model's own condition (model/where)
// follows.
r.modelLicenceCategory IN modelFilter.licenceCategory
