// Fragment: the ORDER BY keys of a model list (variable m) for $order, from the fixed ModelOrder values.
// Unknown values sort last either way; ties are broken by id so that pages are stable.
CASE WHEN $order = 'NAME_ASC' THEN toLower(m.name) END ASC,
CASE WHEN $order = 'NAME_DESC' THEN toLower(m.name) END DESC,
CASE WHEN $order = 'RELEASE_DATE_ASC' THEN m.releaseDate END ASC,
CASE WHEN $order = 'RELEASE_DATE_DESC' THEN coalesce(m.releaseDate, date('0001-01-01')) END DESC,
CASE WHEN $order = 'TOTAL_PARAMS_ASC' THEN m.totalParamsB END ASC,
CASE WHEN $order = 'TOTAL_PARAMS_DESC' THEN coalesce(m.totalParamsB, -1.0) END DESC,
CASE WHEN $order = 'CONTEXT_WINDOW_ASC' THEN m.contextWindow END ASC,
CASE WHEN $order = 'CONTEXT_WINDOW_DESC' THEN coalesce(m.contextWindow, -1) END DESC,
m.id
