// reads: l, modelFilter
// Condition on model m matched with its weights licence l (model/match/licence): l has one of the SPDX
// ids modelFilter.licenceSpdx.
l.spdx IN modelFilter.licenceSpdx
