// A codegen plugin: the schema's introspection result, for tools that read JSON rather than SDL.
import { introspectionFromSchema } from 'graphql';

export function plugin(schema) {
  const introspection = introspectionFromSchema(schema, { descriptions: true, specifiedByUrl: true });
  return `${JSON.stringify(introspection, null, 2)}\n`;
}
