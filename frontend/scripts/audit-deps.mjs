// The dependency audit that works without npm's advisory service (unreachable here): every package the SPA ships
// comes from the npm registry with a sha512 integrity hash, and none is older than the version that fixed a known
// advisory (dependency-audit.json). Dev tools are not shipped and not checked.
import { readFileSync } from 'node:fs';

const lock = JSON.parse(readFileSync(new URL('../package-lock.json', import.meta.url)));
const audit = JSON.parse(readFileSync(new URL('../dependency-audit.json', import.meta.url)));
const allowed = new Set(audit.allowed.map((a) => `${a.name}@${a.version}`));

const parts = (v) => v.split(/[.+-]/).slice(0, 3).map((n) => Number.parseInt(n, 10) || 0);
const older = (a, b) => {
  const [x, y] = [parts(a), parts(b)];
  for (let i = 0; i < 3; i++) if (x[i] !== y[i]) return x[i] < y[i];
  return false;
};

const problems = [];
let shipped = 0;
for (const [path, pkg] of Object.entries(lock.packages)) {
  if (!path || pkg.dev || pkg.link) continue;
  shipped++;
  const name = path.replace(/^.*node_modules\//, '');
  // The lock file leaves "resolved" out when it is the registry; anything else (git, a tarball URL) must say so.
  if (!pkg.integrity?.startsWith('sha512-') || (pkg.resolved && !pkg.resolved.startsWith('https://registry.npmjs.org/'))) {
    problems.push(`${name}@${pkg.version}: not from the npm registry with a sha512 integrity hash`);
  }
  const fixedIn = audit.banned[name];
  if (fixedIn && older(pkg.version, fixedIn) && !allowed.has(`${name}@${pkg.version}`)) {
    problems.push(`${name}@${pkg.version}: a known advisory applies below ${fixedIn}`);
  }
}
if (problems.length) {
  console.error(`Dependency audit: ${problems.length} problem(s)\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log(`Dependency audit: ${shipped} shipped packages checked, none banned.`);
