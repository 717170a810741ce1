// The group of model m by openness category (NOT_RELEASED for a model not released).
coalesce(m.openness, 'NOT_RELEASED')
