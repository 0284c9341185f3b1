/**
 * The shape of what the facts read, walked out of their zod schemas through zod's public classes:
 * objects by their keys, arrays by their item, strings by the kind the facts declared for them
 * (net/body-fields.ts). Every body schema is merged into one shape, since a transcript keeps a body
 * before anyone knows which request's schema will read it.
 */
import { z } from 'zod';
import { FIELD_KINDS, type FieldKind } from '../net/body-fields.js';

export type Leaf = FieldKind | 'boolean' | 'number';
export type Shape = Leaf | { readonly [key: string]: Shape } | readonly [Shape];

/** A value read as anything (a page's items, before a schema for them): kept as an empty object. */
const ANYTHING: Shape = {};

function shapeOfSchema(schema: z.ZodType, path: string): Shape {
  if (schema instanceof z.ZodOptional || schema instanceof z.ZodCatch)
    return shapeOfSchema(schema.unwrap() as z.ZodType, path);
  if (schema instanceof z.ZodString) {
    const kind = FIELD_KINDS.get(schema)?.kind;
    // A string the facts read without a kind would be kept as nothing or as too much: refuse it here.
    if (!kind) throw new Error(`${path}: a string the facts read must say what it is (field())`);
    return kind;
  }
  if (schema instanceof z.ZodBoolean) return 'boolean';
  if (schema instanceof z.ZodNumber) return 'number';
  if (schema instanceof z.ZodUnknown) return ANYTHING;
  if (schema instanceof z.ZodArray) return [shapeOfSchema(schema.element as z.ZodType, `${path}[]`)];
  if (schema instanceof z.ZodObject) {
    const entries = Object.entries(schema.shape as Record<string, z.ZodType>);
    return Object.fromEntries(entries.map(([key, inner]) => [key, shapeOfSchema(inner, `${path}.${key}`)]));
  }
  throw new Error(`${path}: a schema a transcript cannot keep a body by (${schema.constructor.name})`);
}

type Fields = { readonly [key: string]: Shape };
const isFields = (shape: Shape): shape is Fields => typeof shape === 'object' && !Array.isArray(shape);
const isEmptyObject = (shape: Shape) => isFields(shape) && Object.keys(shape).length === 0;

/** Two readings of one place merged: the same kind, or objects and arrays merged inside. */
function merged(a: Shape, b: Shape, path: string): Shape {
  if (isEmptyObject(a)) return b;
  if (isEmptyObject(b) || a === b) return a;
  if (Array.isArray(a) && Array.isArray(b)) return [merged(a[0], b[0], `${path}[]`)];
  if (isFields(a) && isFields(b)) {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    return Object.fromEntries(
      [...keys].map((key) => {
        const [left, right] = [a[key], b[key]];
        const inner =
          left === undefined ? right : right === undefined ? left : merged(left, right, `${path}.${key}`);
        return [key, inner as Shape];
      }),
    );
  }
  // One place read as two things could be kept as only one of them: refuse it here.
  throw new Error(`${path}: read as two different things (${JSON.stringify(a)}, ${JSON.stringify(b)})`);
}

/** One shape for every body the facts read. */
export function shapeOfBodies(schemas: readonly z.ZodType[]): Shape {
  return schemas
    .map((schema) => shapeOfSchema(schema, 'body'))
    .reduce((a, b) => merged(a, b, 'body'), ANYTHING);
}
