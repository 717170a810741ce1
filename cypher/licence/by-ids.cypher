// Licences by id.
UNWIND $ids AS id
MATCH (l:Licence {id: id})
RETURN l {.*} AS licence
