import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { lazySchema } from './lazy-schema';

describe('lazySchema', () => {
  it('builds nothing until first use, then once', () => {
    let builds = 0;
    const schema = lazySchema(() => {
      builds++;
      return z.object({ id: z.string().max(5) });
    });
    expect(builds).toBe(0);
    expect(schema.parse({ id: 'abc' })).toEqual({ id: 'abc' });
    expect(schema.safeParse({ id: 'too long' }).success).toBe(false);
    expect(builds).toBe(1);
  });

  it('composes inside other schemas, extends and discriminates like the schema it stands for', () => {
    const item = lazySchema(() => z.object({ kind: z.literal('a'), n: z.number().int() }));
    const other = z.object({ kind: z.literal('b') });
    const union = z.discriminatedUnion('kind', [item, other]);
    expect(union.parse({ kind: 'a', n: 2 })).toEqual({ kind: 'a', n: 2 });
    expect(union.safeParse({ kind: 'a', n: 2.5 }).success).toBe(false);
    expect(z.array(item).max(1).safeParse([{ kind: 'a', n: 1 }, { kind: 'a', n: 1 }]).success).toBe(false);
    expect(item.extend({ note: z.string() }).parse({ kind: 'a', n: 1, note: 'x' })).toEqual({ kind: 'a', n: 1, note: 'x' });
    expect(item instanceof z.ZodObject).toBe(true);
    expect(item.optional().parse(undefined)).toBeUndefined();
  });

  it('keeps transforms, defaults and catches', () => {
    const schema = lazySchema(() => z.object({ tags: z.array(z.string()).default([]), mode: z.enum(['x', 'y']).catch('x') }));
    expect(schema.parse({ mode: 'nope' })).toEqual({ tags: [], mode: 'x' });
  });
});
