UNWIND $ids AS id
MATCH (n:StrategicMotive {id: id})
RETURN n {.*} AS motive
