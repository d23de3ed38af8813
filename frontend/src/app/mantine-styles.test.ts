import { describe, expect, it } from 'vitest';
import first from './mantine-styles.ts?raw';
import desk from './mantine-styles-desk.ts?raw';

// The SPA imports Mantine's styles per component (mantine-styles.ts): a component used without its file renders
// unstyled. Every component the code imports from @mantine/core that has a style file must be in the list.
const sources = import.meta.glob<string>(['/src/**/*.{ts,tsx}', '!/src/**/*.test.{ts,tsx}'], {
  query: '?raw',
  import: 'default',
  eager: true,
});
const styleFiles = Object.keys(import.meta.glob('/node_modules/@mantine/core/styles/*.css'));

const list = first + desk;

describe('Mantine styles', () => {
  it('has the style file of every component the code uses', () => {
    const used = new Set<string>();
    for (const text of Object.values(sources)) {
      for (const m of text.matchAll(/import\s*\{([^}]+)\}\s*from\s*'@mantine\/core'/g)) {
        for (const name of (m[1] ?? '').split(',')) used.add(name.replace(/^\s*type\s+/, '').trim());
      }
    }
    expect(styleFiles.length).toBeGreaterThan(50);
    const styled = [...used].filter((c) => styleFiles.some((f) => f.endsWith(`/styles/${c}.css`)));
    expect(styled.length).toBeGreaterThan(20);
    expect(styled.filter((c) => !list.includes(`@mantine/core/styles/${c}.css`))).toEqual([]);
  });
});
