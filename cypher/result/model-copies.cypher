// reads: r, m
// Fragment (the items of a SET clause): result r's copies of what its model m is most often filtered by, its
// openness and its weights licence's SPDX id and category (the model's own, cypher/model/licence-copies), so
// that benchmarkWins, walking a table of results in score order, tests them on the result and goes to the model
// only for those that pass (cypher/result/where/). Every write path sets them from this one definition: the
// seed (cypher/seed/result-model-copies), recordBenchmarkResult, upsertModel (on all the model's results), and
// cypher/schema/006 for a graph written before.
r.modelOpenness = m.openness,
r.modelLicenceSpdx = m.licenceSpdx,
r.modelLicenceCategory = m.licenceCategory
