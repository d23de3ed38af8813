// The SPA's own source files as text (tests excluded), for tests that check what the code imports.
export const sources = import.meta.glob<string>(['/src/**/*.{ts,tsx}', '!/src/**/*.test.{ts,tsx}'], {
  query: '?raw',
  import: 'default',
  eager: true,
});

/** The names imported from @mantine/core in these texts (types included: a type-only name has no style file). */
export function mantineImports(texts: Iterable<string>): Set<string> {
  const used = new Set<string>();
  for (const text of texts) {
    for (const m of text.matchAll(/import\s*\{([^}]+)\}\s*from\s*'@mantine\/core'/g)) {
      for (const name of (m[1] ?? '').split(',')) used.add(name.replace(/^\s*type\s+/, '').trim());
    }
  }
  return used;
}
