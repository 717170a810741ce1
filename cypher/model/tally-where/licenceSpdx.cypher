// reads: tally, modelFilter
// Condition on a cell of the kept model counts (cypher/model/tally-cell): as cypher/model/where/licenceSpdx.
tally.licenceSpdx IN modelFilter.licenceSpdx
