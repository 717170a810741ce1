// All licences, optionally of some categories, by name.
MATCH (l:Licence)
WHERE $categories IS NULL OR l.category IN $categories
RETURN l {.*} AS licence
ORDER BY toLower(l.name)
