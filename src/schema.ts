import { builder } from './builder.js';
// One import per concept of the domain, each registering its types and fields with the builder.
import './landscape/landscape.schema.js';

export const schema = builder.toSchema({ sortSchema: false });
