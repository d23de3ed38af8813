import { describe, expect, it } from 'vitest';
import { nl } from '@/shared/i18n/nl';
import { nlDesk } from '@/shared/i18n/nl-desk';
import firstStyles from './mantine-styles.ts?raw';
import { mantineImports, sources } from '@/test/sources';

// The first page a mentor or an employer opens carries only the shell's and its own texts and styles (nl.ts,
// mantine-styles.ts); the rest comes with the first other page (desk.ts). This walks the static imports from the
// SPA's entry and those two pages, as the build does, and fails when something on that path needs the rest.
const entries = [
  '/src/main.tsx',
  '/src/features/referrals/components/MentorReferralsPage.tsx',
  '/src/features/employer-portal/components/EmployerHome.tsx',
];

function resolve(from: string, specifier: string): string | undefined {
  let base: string;
  if (specifier.startsWith('@/')) base = `/src/${specifier.slice(2)}`;
  else if (specifier.startsWith('.')) base = new URL(specifier, `file://${from}`).pathname;
  else return undefined; // a package
  return ['', '.ts', '.tsx', '/index.ts', '/index.tsx'].map((ext) => base + ext).find((path) => path in sources);
}

/** Files reached by static imports (not `import type`, not `import()`): what the first page downloads. */
function firstPageFiles(): Map<string, string> {
  const files = new Map<string, string>();
  const visit = (path: string) => {
    if (files.has(path)) return;
    const text = sources[path];
    if (text === undefined) throw new Error(`${path} is not a source file`);
    files.set(path, text);
    for (const m of text.matchAll(/^(?:import|export)(?!\s+type\b)[^'"`;(=]*?\s*['"]([^'"]+)['"]/gm)) {
      const target = resolve(path, m[1] ?? '');
      if (target) visit(target);
    }
  };
  entries.forEach(visit);
  return files;
}

describe('the first page', () => {
  const files = firstPageFiles();

  it('is what the entry and the two pages import', () => {
    expect([...files.keys()]).toEqual(expect.arrayContaining([...entries, '/src/app/Shell.tsx', '/src/app/routes.tsx']));
    expect([...files.keys()].filter((f) => /nl-desk|mantine-styles-desk|\/en\.ts$/.test(f))).toEqual([]);
  });

  it('uses only texts from nl.ts', () => {
    const deskSections = new Set(Object.keys(nlDesk));
    expect(Object.keys(nl).length).toBeGreaterThan(5);
    const misplaced = [...files].flatMap(([path, text]) =>
      [...text.matchAll(/['"`]([a-z][A-Za-z]*)\.(?:\$\{|[A-Za-z])/g)]
        .filter((m) => deskSections.has(m[1] ?? ''))
        .map((m) => `${path}: ${m[0]}`),
    );
    expect(misplaced).toEqual([]);
  });

  it('has the styles of the Mantine components it uses in mantine-styles.ts', () => {
    const styled = new Set(Object.keys(import.meta.glob('/node_modules/@mantine/core/styles/*.css')).map((f) => f.replace(/^.*\/|\.css$/g, '')));
    const used = mantineImports(files.values());
    const needed = [...used].filter((c) => styled.has(c));
    expect(needed).toEqual(expect.arrayContaining(['NavLink', 'Table']));
    expect(needed.filter((c) => !firstStyles.includes(`@mantine/core/styles/${c}.css`))).toEqual([]);
  });
});
