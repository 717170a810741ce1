// Condition on model m: its id is one of modelFilter.ids.
m.id IN modelFilter.ids
