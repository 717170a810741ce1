// reads: sortValue, sortId
// Keyset paging of a list in descending order of (sortValue, sortId): the rows after $after and before
// $before, positions [value, id] taken from cursors (null: from the start, to the end). sortValue is never
// null (each order maps unknowns to a bound), so the comparisons always decide.
($after IS NULL OR sortValue < $after[0] OR (sortValue = $after[0] AND sortId < $after[1]))
AND ($before IS NULL OR sortValue > $before[0] OR (sortValue = $before[0] AND sortId > $before[1]))
