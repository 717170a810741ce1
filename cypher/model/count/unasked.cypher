// reads: nothing; binds: totalCount
// A list's total when the request does not select it: nothing counted.
RETURN null AS totalCount
