// reads: tally, modelFilter
// Condition on a cell of the kept model counts (cypher/model/tally-cell): as cypher/model/where/licenceCategory.
tally.licenceCategory IN modelFilter.licenceCategory
