MATCH (n:DeploymentPattern)
RETURN {{deployment/projection}} AS pattern
ORDER BY n.id
