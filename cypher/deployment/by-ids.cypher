UNWIND $ids AS id
MATCH (n:DeploymentPattern {id: id})
RETURN {{deployment/projection}} AS pattern
