// Decides every claim that carries a rule from its evidence (claim/rule-evidence): SUPPORTED when every
// piece supports it, CONTRADICTED when none does, MIXED when some do, UNVERIFIED when the graph holds none.
// Where that differs from the claim's last decided verdict (else the review's), the change is kept as a
// VerdictChange (from, to, when, $cause) that cites the results deciding it; the claim's verdict is set only
// where it differs, so deciding again changes nothing. One row per claim whose verdict changed.
MATCH (c:Claim) WHERE c.ruleQuestion IS NOT NULL
{{claim/rule-evidence}}
WITH c, evidence, size([e IN evidence WHERE e.supports]) AS supporting, size([e IN evidence WHERE NOT e.supports]) AS against
WITH c, evidence, supporting, against,
     CASE WHEN supporting > 0 AND against = 0 THEN 'SUPPORTED'
          WHEN supporting = 0 AND against > 0 THEN 'CONTRADICTED'
          WHEN supporting > 0 THEN 'MIXED'
          ELSE 'UNVERIFIED' END AS decided
CALL (c) {
  OPTIONAL MATCH (c)-[:VERDICT_CHANGED]->(v:VerdictChange)
  WITH v ORDER BY v.sequence DESC LIMIT 1
  RETURN v.to AS lastDecided, coalesce(v.sequence, 0) AS lastSequence
}
WITH c, evidence, supporting, against, decided, coalesce(lastDecided, c.reviewVerdict) AS previous, lastSequence
FOREACH (_ IN CASE WHEN c.verdict IS NULL OR c.verdict <> decided THEN [1] ELSE [] END | SET c.verdict = decided)
WITH c, evidence, supporting, against, decided, previous, lastSequence
WHERE previous IS NULL OR previous <> decided
CREATE (c)-[:VERDICT_CHANGED {origin: 'rule'}]->(change:VerdictChange {
  origin: 'rule', from: previous, to: decided, at: datetime(), cause: $cause, sequence: lastSequence + 1,
  supporting: supporting, against: against
})
WITH c, change, previous, decided, evidence
CALL (change, evidence) {
  UNWIND evidence AS e
  UNWIND [e.claimedResult, e.otherResult] AS cited
  MERGE (change)-[:CITES {origin: 'rule'}]->(cited)
}
RETURN c.id AS claimId, previous, decided
