// reads: m
// Fragment (an expression): model m's name as a models list orders it, case-insensitive. Kept on the model
// as m.nameSort (indexed) by every write of a model's name, beside its search words: the seed
// (cypher/seed/model-search-text), the catalog import (cypher/catalog/model-search-text), upsertModel, and
// cypher/schema/007 for a graph written before; so a list by name reads its first page from the index instead
// of sorting every model (a page of 50 at 1000x: 105 db hits against 99,000).
toLower(m.name)
