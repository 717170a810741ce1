MATCH (n)
RETURN count(n) = 0 AS empty
LIMIT 1
