// Whether the organization and the strategic motive to link exist.
RETURN EXISTS { (:Organization {id: $organization}) } AS organizationFound,
       EXISTS { (:StrategicMotive {id: $motive}) } AS motiveFound
