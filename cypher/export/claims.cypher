// Every claim of the analysis as one flat row: its section, statement, kind and verdict, what it is about
// (keys such as "model:deepseek-r1"), the facts that decide it and the conflict found with primary
// sources. Optionally some verdicts and kinds ($verdicts, $kinds; null for all); in document order.
MATCH (c:Claim)
WHERE ($verdicts IS NULL OR c.verdict IN $verdicts) AND ($kinds IS NULL OR c.kind IN $kinds)
RETURN c.id AS claim_id, c.sectionNumber AS section_number, c.section AS section, c.statement AS statement,
       c.kind AS kind, c.verdict AS verdict,
       COLLECT { MATCH (c)-[:ABOUT]->(a) RETURN a.key ORDER BY a.key } AS about,
       COLLECT { MATCH (c)-[:DECIDED_BY]->(f:Fact) RETURN f.id ORDER BY f.id } AS decided_by,
       c.conflict AS conflict, c.note AS note
ORDER BY c.sectionNumber, c.id
