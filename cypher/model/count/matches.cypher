// reads: modelFilter; binds: totalCount
// A list's total for a filter on a field no count is kept for (its name, family, sizes, dates, domain,
// developer): every matching model counted.
{{model/match}} WHERE {{model/where}}
RETURN count(m) AS totalCount
