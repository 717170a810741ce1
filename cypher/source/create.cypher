// A web page cited by a write, as a new source ($newId, $url, $title).
MERGE (s:Entity {key: 'source:' + $newId})
ON CREATE SET s:Source, s.id = $newId, s.kind = 'WEB', s.url = $url, s.title = $title, s.origin = 'api', s.createdAt = datetime()
RETURN s.id AS id
