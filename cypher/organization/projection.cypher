// reads: o
// Fragment: an organization (variable o): its own properties. Its owner, subsidiaries and competitors
// load only when asked (organization/relations-by-ids), so that a list of models does not pay for them.
o {.*}
