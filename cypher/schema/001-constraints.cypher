// Every node of the landscape has a stable, unique id (the seed's id); MERGE relies on these.
CREATE CONSTRAINT organization_id IF NOT EXISTS FOR (n:Organization) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT model_id IF NOT EXISTS FOR (n:Model) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT licence_id IF NOT EXISTS FOR (n:Licence) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT benchmark_id IF NOT EXISTS FOR (n:Benchmark) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT domain_id IF NOT EXISTS FOR (n:Domain) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT model_snapshot_id IF NOT EXISTS FOR (n:ModelSnapshot) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT benchmark_result_id IF NOT EXISTS FOR (n:BenchmarkResult) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT result_group_key IF NOT EXISTS FOR (n:ResultGroup) REQUIRE n.comparisonKey IS UNIQUE;
// The kept counts of models by cell (cypher/model/tally-cell): one node per cell, merged by its key.
CREATE CONSTRAINT model_tally_key IF NOT EXISTS FOR (n:ModelTally) REQUIRE n.key IS UNIQUE;
// The one node that counts the graph's writes (cypher/graph-version), not a kind of the landscape.
CREATE CONSTRAINT graph_version_name IF NOT EXISTS FOR (n:GraphVersion) REQUIRE n.name IS UNIQUE;
CREATE CONSTRAINT source_id IF NOT EXISTS FOR (n:Source) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT strategic_motive_id IF NOT EXISTS FOR (n:StrategicMotive) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT tier_id IF NOT EXISTS FOR (n:Tier) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT technique_id IF NOT EXISTS FOR (n:Technique) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT regulation_id IF NOT EXISTS FOR (n:Regulation) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT deployment_pattern_id IF NOT EXISTS FOR (n:DeploymentPattern) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT claim_id IF NOT EXISTS FOR (n:Claim) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT fact_id IF NOT EXISTS FOR (n:Fact) REQUIRE n.id IS UNIQUE;
// Every seeded node also carries :Entity {key: "<kind>:<id>"}, so a reference of any kind (a claim about
// a model, a regulation affecting an organization) is one index lookup.
CREATE CONSTRAINT entity_key IF NOT EXISTS FOR (n:Entity) REQUIRE n.key IS UNIQUE;
// The catalogs' nodes (src/catalog/): providers, offerings, dated prices and the names models are known by.
CREATE CONSTRAINT provider_id IF NOT EXISTS FOR (n:Provider) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT offering_id IF NOT EXISTS FOR (n:Offering) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT price_id IF NOT EXISTS FOR (n:Price) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT alias_id IF NOT EXISTS FOR (n:Alias) REQUIRE n.id IS UNIQUE;
