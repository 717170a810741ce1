// The evidence of each claim's rule (claim/rule-evidence), as the questions' answers give results: one row
// per piece, by benchmark and table. Claims without a rule have none.
UNWIND $ids AS groupId
MATCH (c:Claim {id: groupId})
{{claim/rule-evidence}}
UNWIND evidence AS piece
WITH groupId, piece, piece.claimedResult AS claimedRow, piece.otherResult AS otherRow
CALL (claimedRow) { WITH claimedRow AS r RETURN {{result/projection}} AS claimedResult }
CALL (otherRow) { WITH otherRow AS r RETURN {{result/projection}} AS otherResult }
RETURN groupId, {
  benchmarkId: piece.benchmarkId, comparisonKey: piece.comparisonKey, supports: piece.supports,
  claimedResult: claimedResult, otherResult: otherResult
} AS piece
