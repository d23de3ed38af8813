// The SPA's first-page weight (issue 15): the entry with its static imports and CSS, plus the page a mentor
// and an employer land on with its static imports, each file gzipped. Reads Vite's manifest of the last build.
// `--check`: exit 1 when a page is at or over the budget. Weight is the same on every machine, so `make test`
// checks it; the benchmark prints the same figures beside the measured rows.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const manifest = JSON.parse(readFileSync('dist/.vite/manifest.json', 'utf8'));
const pages = {
  mentor: 'src/features/referrals/components/MentorReferralsPage.tsx',
  employer: 'src/features/employer-portal/components/EmployerHome.tsx',
};

function closure(key, seen = new Set()) {
  if (seen.has(key)) return seen;
  seen.add(key);
  for (const imported of manifest[key].imports ?? []) closure(imported, seen);
  return seen;
}

const BUDGET_KB = 150;
const gz = (file) => gzipSync(readFileSync(`dist/${file}`)).length / 1024;
const result = Object.entries(pages).map(([page, module]) => {
  if (!manifest[module]) throw new Error(`${module} is not a chunk of the build`);
  const keys = new Set([...closure('index.html'), ...closure(module)]);
  const js = new Set([...keys].map((k) => manifest[k].file));
  const css = new Set([...keys].flatMap((k) => manifest[k].css ?? []));
  const jsKb = [...js].reduce((sum, f) => sum + gz(f), 0);
  const cssKb = [...css].reduce((sum, f) => sum + gz(f), 0);
  return { page, jsKb, cssKb, totalKb: jsKb + cssKb, budgetKb: BUDGET_KB, files: [...js, ...css] };
});

if (process.argv.includes('--check')) {
  for (const { page, totalKb } of result) {
    console.log(`first page of the ${page}: ${totalKb.toFixed(1)} kB gzip (budget < ${BUDGET_KB} kB)`);
  }
  const over = result.filter((r) => r.totalKb >= BUDGET_KB);
  if (over.length > 0) {
    console.error(`Over the first-page budget: ${over.map((r) => r.page).join(', ')}. Move what the page does not ` +
      'need at once behind a dynamic import (docs/performance.md, "SPA first pages").');
    process.exit(1);
  }
} else {
  console.log(JSON.stringify(result, null, 2));
}
