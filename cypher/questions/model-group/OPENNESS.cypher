// reads: m
// The group of model m by openness category: null for a model not released, which has no openness
// (its release status is the STATUS grouping's).
m.openness
