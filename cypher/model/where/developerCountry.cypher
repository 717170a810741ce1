// reads: o, modelFilter
// Condition on model m matched with its developer o (model/match/developer): o is in one of the countries
// modelFilter.country.
o.country IN modelFilter.country
