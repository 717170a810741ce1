// One full-text index for the API's search: names, descriptions, claims' and facts' statements, and the
// words a model is also known by (searchText: ids, run-together names, architecture, notes; see
// cypher/model/search-text.cypher). A full-text index cannot be altered, so a changed definition gets a
// new name and the old index is dropped.
DROP INDEX landscape_search IF EXISTS;
CREATE FULLTEXT INDEX landscape_text IF NOT EXISTS
FOR (n:Model|Organization|Licence|Benchmark|Domain|StrategicMotive|Technique|Regulation|DeploymentPattern|Claim|Fact|Tier)
ON EACH [n.name, n.description, n.statement, n.searchText];
