// reads: e; binds: node
// Fragment (a clause): node e, of any kind, as `node` in its own type's projection, for fields typed
// Node (a claim's subjects, a regulation's targets, search hits). Each UNION branch binds only the
// variable its fragment expects.
CALL (e) {
  WITH e AS m WHERE m:Model RETURN {{model/projection}} AS node
  UNION
  WITH e AS o WHERE o:Organization RETURN {{organization/projection}} AS node
  UNION
  WITH e AS b WHERE b:Benchmark RETURN {{benchmark/projection}} AS node
  UNION
  WITH e AS r WHERE r:BenchmarkResult RETURN {{result/projection}} AS node
  UNION
  WITH e AS n WHERE n:Technique RETURN {{technique/projection}} AS node
  UNION
  WITH e AS n WHERE n:Regulation RETURN {{regulation/projection}} AS node
  UNION
  WITH e AS n WHERE n:DeploymentPattern RETURN {{deployment/projection}} AS node
  UNION
  WITH e AS n WHERE n:Claim RETURN {{claim/projection}} AS node
  UNION
  WITH e AS n WHERE n:Fact RETURN {{claim/fact-projection}} AS node
  UNION
  WITH e AS d WHERE d:Domain RETURN {{benchmark/domain-projection}} AS node
  UNION
  WITH e AS o, date() AS asOf WHERE o:Offering RETURN {{offering/projection}} AS node
  UNION
  WITH e AS pr WHERE pr:Provider RETURN {{offering/provider-projection}} AS node
  UNION
  WITH e AS a WHERE a:Alias RETURN {{offering/alias-projection}} AS node
  UNION
  WITH e AS n WHERE n:Source OR n:Licence OR n:Tier OR n:StrategicMotive OR n:Price RETURN n {.*} AS node
}
