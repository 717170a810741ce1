// reads: tally, modelFilter
// Condition on a cell of the kept model counts (cypher/model/tally-cell): as cypher/model/where/country.
tally.country IN modelFilter.country
