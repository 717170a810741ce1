// reads: l, modelFilter
// Condition on model m matched with its weights licence l (model/match/licence): l is in one of the
// categories modelFilter.licenceCategory.
l.category IN modelFilter.licenceCategory
