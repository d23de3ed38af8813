import { describe, expect, it } from 'vitest';
import { en } from './en';
import { nl } from './nl';
import { nlDesk } from './nl-desk';

type Tree = { [k: string]: string | Tree };
const keys = (t: Tree, prefix = ''): string[] =>
  Object.entries(t).flatMap(([k, v]) => (typeof v === 'string' ? [prefix + k] : keys(v, `${prefix}${k}.`)));

describe('messages', () => {
  it('English has exactly the Dutch keys and no empty texts', () => {
    const dutch = { ...nl, ...nlDesk };
    expect(keys(en as Tree).sort()).toEqual(keys(dutch as Tree).sort());
    for (const tree of [dutch, en]) {
      const values = keys(tree as Tree).map((k) => k.split('.').reduce<unknown>((o, p) => (o as Tree)[p], tree));
      expect(values.every((v) => typeof v === 'string' && v.trim().length > 0)).toBe(true);
    }
  });

  it('keeps each part of the Dutch texts in one of the two files', () => {
    expect(Object.keys(nl).filter((section) => section in nlDesk)).toEqual([]);
  });
});
