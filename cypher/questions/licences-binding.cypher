// The licences that bind the use of models: for each released model with open weights and a known licence
// (only $models, by id, when given), its own weights licence, the licences of the models it was built on or
// distilled from, any number of steps back, whose developer is not its own (a developer may relicense its own
// work: DeepSeek-R1 is MIT though built on DeepSeek-V3; a distillation of Llama by DeepSeek is still bound by
// Llama's licence), and the documents each of them incorporates (Llama 4's Acceptable Use Policy). Each
// licence comes with the models it binds through, its source and the sourced facts about it.
MATCH (m:Model)-[:LICENSED_UNDER]->(:Licence)
WHERE m.weightsAvailable AND m.status = 'RELEASED' AND ($models IS NULL OR m.id IN $models)
CALL (m) {
  OPTIONAL MATCH (developer:Organization)-[:DEVELOPS]->(m)
  CALL (m, developer) {
    MATCH (m)-[:LICENSED_UNDER]->(own:Licence)
    RETURN own AS l, [] AS throughIds
    UNION
    MATCH lineage = (m)-[:BUILT_ON|DISTILLED_FROM*1..6]->(base:Model)-[:LICENSED_UNDER]->(inherited:Licence)
    WHERE developer IS NULL OR NOT EXISTS { (developer)-[:DEVELOPS]->(base) }
    RETURN inherited AS l, [step IN nodes(lineage)[1..-1] | step.id] AS throughIds
  }
  CALL (l) {
    RETURN l AS bound, null AS incorporatedBy
    UNION
    MATCH (l)-[:INCORPORATES]->(document:Licence)
    RETURN document AS bound, l.id AS incorporatedBy
  }
  WITH bound, throughIds, incorporatedBy ORDER BY size(throughIds), incorporatedBy IS NOT NULL, bound.id
  RETURN collect({
    licence: bound {.*},
    throughIds: throughIds,
    incorporatedBy: incorporatedBy,
    sourceId: head(COLLECT { MATCH (bound)-[:SOURCED_FROM]->(ls:Source) RETURN ls.id }),
    factIds: COLLECT { MATCH (lf:Fact)-[:ABOUT]->(bound) RETURN lf.id ORDER BY lf.id }
  }) AS binding
}
RETURN m.id AS modelId, m.name AS name, coalesce(m.modalities, []) AS modalities, binding
ORDER BY toLower(m.name)
