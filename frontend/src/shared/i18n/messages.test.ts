import { describe, expect, it } from 'vitest';
import { en } from './en';
import { nl } from './nl';

type Tree = { [k: string]: string | Tree };
const keys = (t: Tree, prefix = ''): string[] =>
  Object.entries(t).flatMap(([k, v]) => (typeof v === 'string' ? [prefix + k] : keys(v, `${prefix}${k}.`)));

describe('messages', () => {
  it('English has exactly the Dutch keys and no empty texts', () => {
    expect(keys(en as Tree).sort()).toEqual(keys(nl as Tree).sort());
    for (const tree of [nl, en]) {
      const values = keys(tree as Tree).map((k) => k.split('.').reduce<unknown>((o, p) => (o as Tree)[p], tree));
      expect(values.every((v) => typeof v === 'string' && v.trim().length > 0)).toBe(true);
    }
  });
});
