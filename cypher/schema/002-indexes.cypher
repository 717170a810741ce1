// Range indexes for the filters and orderings the API offers (name, family, openness, dates, sizes).
CREATE INDEX model_name IF NOT EXISTS FOR (n:Model) ON (n.name);
// A models list by name reads its page from this one (cypher/model/name-sort).
CREATE INDEX model_name_sort IF NOT EXISTS FOR (n:Model) ON (n.nameSort);
// A models list newest first (the default order) reads its page from this one (cypher/model/release-sort).
CREATE INDEX model_release_sort IF NOT EXISTS FOR (n:Model) ON (n.releaseSort);
CREATE INDEX model_family IF NOT EXISTS FOR (n:Model) ON (n.family);
CREATE INDEX model_openness IF NOT EXISTS FOR (n:Model) ON (n.openness);
CREATE INDEX model_status IF NOT EXISTS FOR (n:Model) ON (n.status);
// The model's copies of its licence's SPDX id and category (cypher/model/licence-copies), for licence filters.
CREATE INDEX model_licence_spdx IF NOT EXISTS FOR (n:Model) ON (n.licenceSpdx);
CREATE INDEX model_licence_category IF NOT EXISTS FOR (n:Model) ON (n.licenceCategory);
CREATE INDEX model_release_date IF NOT EXISTS FOR (n:Model) ON (n.releaseDate);
CREATE INDEX model_total_params IF NOT EXISTS FOR (n:Model) ON (n.totalParamsB);
CREATE INDEX organization_name IF NOT EXISTS FOR (n:Organization) ON (n.name);
CREATE INDEX organization_country IF NOT EXISTS FOR (n:Organization) ON (n.country);
CREATE INDEX licence_spdx IF NOT EXISTS FOR (n:Licence) ON (n.spdx);
CREATE INDEX licence_category IF NOT EXISTS FOR (n:Licence) ON (n.category);
CREATE INDEX benchmark_name IF NOT EXISTS FOR (n:Benchmark) ON (n.name);
CREATE INDEX benchmark_result_score IF NOT EXISTS FOR (n:BenchmarkResult) ON (n.score);
CREATE INDEX benchmark_result_table IF NOT EXISTS FOR (n:BenchmarkResult) ON (n.sourceTable);
// Comparable results (src/benchmark/comparability.ts) share a key; questions group and rank by it.
CREATE INDEX benchmark_result_comparison IF NOT EXISTS FOR (n:BenchmarkResult) ON (n.comparisonKey, n.score);
// benchmarkWins walks a group's results best (or worst) first among those of one licence, or one openness, of the
// side's filter (cypher/result/seek/), instead of every result of the group to find the few that pass.
CREATE INDEX benchmark_result_comparison_licence IF NOT EXISTS FOR (n:BenchmarkResult) ON (n.comparisonKey, n.modelLicenceSpdx, n.score);
CREATE INDEX benchmark_result_comparison_openness IF NOT EXISTS FOR (n:BenchmarkResult) ON (n.comparisonKey, n.modelOpenness, n.score);
// A board of the top N in one group reads N entries of this one (bestOfModel: cypher/result/groups-refresh).
CREATE INDEX benchmark_result_model_best IF NOT EXISTS FOR (n:BenchmarkResult) ON (n.comparisonKey, n.bestOfModel, n.score);
// A benchmark's groups of comparable results, with their sizes (cypher/result/groups-refresh).
CREATE INDEX result_group_benchmark IF NOT EXISTS FOR (n:ResultGroup) ON (n.benchmarkId);
CREATE INDEX claim_verdict IF NOT EXISTS FOR (n:Claim) ON (n.verdict);
CREATE INDEX claim_section IF NOT EXISTS FOR (n:Claim) ON (n.section);
