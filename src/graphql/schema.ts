import { isObjectType } from 'graphql';
import { builder, kindOfNodeType, nodeTypeByKind } from './builder.js';
// One import per concept of the domain, each registering its types and fields with the builder.
import '../landscape/landscape.schema.js';
import '../source/source.schema.js';
import '../organization/organization.schema.js';
import '../licence/licence.schema.js';
import '../tier/tier.schema.js';
import '../model/model.schema.js';
import '../model/model.mutations.js';
import '../benchmark/benchmark.schema.js';
import '../benchmark/result.mutations.js';
import '../motive/motive.schema.js';
import '../motive/motive.mutations.js';
import '../technique/technique.schema.js';
import '../regulation/regulation.schema.js';
import '../deployment/deployment.schema.js';
import '../claim/claim.schema.js';
import '../claim/claim.mutations.js';
import '../offering/offering.schema.js';
import '../model/snapshot.schema.js';
import '../questions/questions.schema.js';
import '../questions/prices.schema.js';
import '../questions/licences.schema.js';
import '../graph-view/graph-view.schema.js';
import '../landscape-change/landscape-change.schema.js';

export const schema = builder.toSchema({ sortSchema: false });

for (const type of Object.values(schema.getTypeMap())) {
  if (isObjectType(type) && type.getInterfaces().some((i) => i.name === 'Node')) {
    const kind = (type.extensions as { nodeKind?: string }).nodeKind;
    if (!kind) throw new Error(`${type.name} implements Node but says no extensions.nodeKind: the key prefix of its rows.`);
    nodeTypeByKind.set(kind, type.name);
    kindOfNodeType.set(type.name, kind);
  }
}
