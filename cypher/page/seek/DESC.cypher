// reads: sortValue, sortId
// Keyset paging of a list in descending order of (sortValue, sortId): the rows after $page.after and before
// $page.before, positions [value, id] taken from cursors (null: from the start, to the end). sortValue is never
// null (each order maps unknowns to a bound), so the comparisons always decide. Both come in one map, $page:
// Neo4j plans a text again for each type of its parameters, and a null and a list are two types, so the first
// page and the next would be two plans.
($page.after IS NULL OR sortValue < $page.after[0] OR (sortValue = $page.after[0] AND sortId < $page.after[1]))
AND ($page.before IS NULL OR sortValue > $page.before[0] OR (sortValue = $page.before[0] AND sortId > $page.before[1]))
