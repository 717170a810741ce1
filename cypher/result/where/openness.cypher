// reads: r, modelFilter
// Condition on result r, before its model is matched: the model is in one of the openness categories
// modelFilter.openness (r's copy, cypher/result/model-copies). The model's own condition (model/where) follows.
r.modelOpenness IN modelFilter.openness
