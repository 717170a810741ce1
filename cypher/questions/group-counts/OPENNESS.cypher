// Models per openness category (NOT_RELEASED for models not released), among all models.
MATCH (m:Model)
RETURN coalesce(m.openness, 'NOT_RELEASED') AS group, count(*) AS count
