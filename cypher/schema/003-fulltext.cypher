// One full-text index over names, descriptions and claim statements, for the API's search.
CREATE FULLTEXT INDEX landscape_search IF NOT EXISTS
FOR (n:Model|Organization|Licence|Benchmark|Domain|StrategicMotive|Technique|Regulation|DeploymentPattern|Claim|Tier)
ON EACH [n.name, n.description, n.statement];
