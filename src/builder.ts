import SchemaBuilder from '@pothos/core';
import type { Context } from './context.js';

/** The Pothos builder: its plugins, context and scalar types. Types are defined in each concept's folder. */
export const builder = new SchemaBuilder<{
  Context: Context;
  DefaultFieldNullability: false;
}>({
  defaultFieldNullability: false,
});

builder.queryType({ description: 'Questions about the open- versus closed-source AI landscape.' });
