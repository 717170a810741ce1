// All organizations, optionally of some countries, by name.
MATCH (o:Organization)
WHERE $countries IS NULL OR o.country IN $countries
RETURN {{organization/projection}} AS organization
ORDER BY toLower(o.name)
