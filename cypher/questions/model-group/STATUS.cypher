// reads: m
// The group of model m by release status.
m.status
