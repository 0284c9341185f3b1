/**
 * A transcript keeps of a JSON body what the facts' own schemas read, each string as the kind its
 * schema declares (src/net/body-fields.ts): the shape is derived, never written a second time. The
 * table is the transcript's allow-list of body fields, for a reviewer to see grow.
 */
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { field } from '../../src/net/body-fields.js';
import { BODY_SHAPE, keptBody } from '../../src/transcript/body-shape.js';
import { Pseudonyms } from '../../src/transcript/pseudonyms.js';
import { type Shape, shapeOfBodies } from '../../src/transcript/schema-shape.js';

/** Every kept place as `path : kind`. */
function places(shape: Shape, path = ''): string[] {
  if (typeof shape === 'string') return [`${path} : ${shape}`];
  if (Array.isArray(shape)) return places(shape[0] as Shape, `${path}[]`);
  return Object.entries(shape).flatMap(([key, inner]) => places(inner, path ? `${path}.${key}` : key));
}

describe('the body shape a transcript keeps', () => {
  it('is every field the facts read, and nothing else', () => {
    expect(places(BODY_SHAPE).sort()).toEqual(
      [
        'accountId : user',
        'accountType : type',
        'account_id : user',
        'active : boolean',
        'cloudId : cloud',
        'data[].expiresAt : date',
        'data[].label : label',
        'data[].status : status',
        'data[].user.email : email',
        'error.detail.granted[] : scope',
        'error.detail.required[] : scope',
        'error.message : message',
        'errorMessages[] : message',
        'links.next : next',
        'message : message',
        'next : next',
        'permissions.USER_PICKER.havePermission : boolean',
        'type : type',
        'values[].accountId : user',
        'values[].administrator : boolean',
        'values[].emailAddress : email',
        'values[].slug : repo',
        'values[].user.account_id : user',
        'values[].workspace.slug : workspace',
      ].sort(),
    );
  });

  it('keeps a field no schema reads as nothing, at any depth', () => {
    const body = {
      type: 'error',
      code: 401,
      values: [{ type: 'repository', slug: 'api', full_name: 'acme/api' }],
    };
    const kept = keptBody(body, new Pseudonyms(), () => '(a link)');
    expect(kept).toEqual({ type: 'error', values: [{ slug: 'repo-1' }] });
  });

  it('keeps the items of a page read as anything, so a page stays a page', () => {
    const shape = shapeOfBodies([z.object({ values: z.array(z.unknown()) })]);
    expect(keptBody({ values: [{ secret: 'x' }, 3] }, new Pseudonyms(), String, shape)).toEqual({
      values: [{}, null],
    });
  });

  it('refuses a string the facts read without saying what it is', () => {
    expect(() => shapeOfBodies([z.object({ name: z.string() })])).toThrow('body.name');
  });

  it('refuses one place read as two kinds', () => {
    const a = z.object({ values: z.array(z.object({ slug: field('repo') })) });
    const b = z.object({ values: z.array(z.object({ slug: field('workspace') })) });
    expect(() => shapeOfBodies([a, b])).toThrow('body.values[].slug');
  });

  it('refuses a schema it cannot walk', () => {
    expect(() => shapeOfBodies([z.object({ either: z.union([field('type'), z.number()]) })])).toThrow(
      'body.either',
    );
  });
});
