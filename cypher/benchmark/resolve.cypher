// A benchmark named by id or by name (case-insensitive), for arguments such as leaderboard(benchmark:).
MATCH (b:Benchmark)
WHERE b.id = $benchmark OR toLower(b.name) = toLower($benchmark)
RETURN b.id AS id
LIMIT 1
