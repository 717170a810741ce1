// Techniques, optionally only those that need (or do not need) open weights.
MATCH (n:Technique)
WHERE $requiresWeights IS NULL OR n.requiresWeights = $requiresWeights
RETURN {{technique/projection}} AS technique
ORDER BY n.kind, n.id
