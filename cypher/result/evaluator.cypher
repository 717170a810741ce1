// reads: r, m
// Fragment (an expression): who ran result r of model m, from its reporter: DEVELOPER when the reporter is
// the model's own developer (self-reported), OTHER_DEVELOPER when it is another lab of the graph (DeepSeek's
// table with Claude in it), INDEPENDENT otherwise. A reporter is an organization when the first word of its
// name is the organization's ("Alibaba (Qwen team)", "Meta (reported; compiled by OpenAI)"). Every write
// path (the seed, recordBenchmarkResult) sets it from this one definition.
CASE
  WHEN EXISTS { MATCH (dev:Organization)-[:DEVELOPS]->(m) WHERE split(toLower(dev.name), ' ')[0] = split(toLower(r.reportedBy), ' ')[0] } THEN 'DEVELOPER'
  WHEN EXISTS { MATCH (lab:Organization) WHERE split(toLower(lab.name), ' ')[0] = split(toLower(r.reportedBy), ' ')[0] } THEN 'OTHER_DEVELOPER'
  ELSE 'INDEPENDENT'
END
