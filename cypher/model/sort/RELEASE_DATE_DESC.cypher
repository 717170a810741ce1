// reads: m
// Sort value of a model list newest first, unknown dates last: the model's kept copy of its date as text
// (cypher/model/release-sort; indexed), so that a cursor carries it as it is and the list can be read in order.
m.releaseSort
