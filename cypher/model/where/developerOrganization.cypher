// reads: o, modelFilter
// Condition on model m matched with its developer o (model/match/developer): o is one of
// modelFilter.organization, by id or by name.
o.id IN modelFilter.organization OR o.name IN modelFilter.organization
