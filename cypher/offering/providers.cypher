// Providers by id, or all of them (ids null), by name, with how many offerings each has.
MATCH (pr:Provider)
WHERE $ids IS NULL OR pr.id IN $ids
RETURN {{offering/provider-projection}} AS provider
ORDER BY toLower(pr.name), pr.id
