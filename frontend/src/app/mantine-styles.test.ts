import { describe, expect, it } from 'vitest';
import first from './mantine-styles.ts?raw';
import desk from './mantine-styles-desk.ts?raw';
import { mantineImports, sources } from '@/test/sources';

// The SPA imports Mantine's styles per component (mantine-styles.ts): a component used without its file renders
// unstyled. Every component the code imports from @mantine/core that has a style file must be in the list.
const styleFiles = Object.keys(import.meta.glob('/node_modules/@mantine/core/styles/*.css'));

const list = first + desk;

describe('Mantine styles', () => {
  it('has the style file of every component the code uses', () => {
    const used = mantineImports(Object.values(sources));
    expect(styleFiles.length).toBeGreaterThan(50);
    const styled = [...used].filter((c) => styleFiles.some((f) => f.endsWith(`/styles/${c}.css`)));
    expect(styled.length).toBeGreaterThan(20);
    expect(styled.filter((c) => !list.includes(`@mantine/core/styles/${c}.css`))).toEqual([]);
  });
});
