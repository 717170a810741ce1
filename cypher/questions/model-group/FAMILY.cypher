// reads: m
// The group of model m by family.
m.family
