// Organizations by id.
UNWIND $ids AS id
MATCH (o:Organization {id: id})
RETURN {{organization/projection}} AS organization
