// The source a write cites: an existing one by id ($id), or a web page by URL ($url, $title), reused when
// a source with that URL exists, else created with the id $newId. Returns its id, or no row when an
// asked id does not exist.
CALL () {
  MATCH (s:Source) WHERE $id IS NOT NULL AND s.id = $id
  RETURN s
  UNION
  MATCH (s:Source) WHERE $id IS NULL AND s.url = $url
  RETURN s
}
WITH s LIMIT 1
RETURN s.id AS id
