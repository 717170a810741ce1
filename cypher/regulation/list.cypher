MATCH (n:Regulation)
RETURN {{regulation/projection}} AS regulation
ORDER BY n.id
