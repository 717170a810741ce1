// reads: cell
// The key of a cell of the kept model counts (cypher/model/tally-cell): its values in a fixed order, "~" for none.
reduce(tally_key = '', value IN [cell.openness, cell.licenceSpdx, cell.licenceCategory, cell.status, toString(cell.curated),
  cell.country, toString(cell.tier)] | tally_key + '|' + coalesce(value, '~'))
