// reads: m, modelFilter
// Condition on model m: its name contains modelFilter.name, case-insensitively.
toLower(m.name) CONTAINS toLower(modelFilter.name)
