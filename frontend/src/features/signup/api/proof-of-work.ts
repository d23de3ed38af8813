/** Leading zero bits of a hash, as the server counts them. */
export function leadingZeroBits(hash: Uint8Array): number {
  let bits = 0;
  for (const b of hash) {
    if (b === 0) {
      bits += 8;
      continue;
    }
    return bits + Math.clz32(b) - 24;
  }
  return bits;
}

/**
 * The page's answer to the server's challenge: a number whose SHA-256 with the salt starts with `difficulty` zero
 * bits. A second or two on a phone; hashes are computed in batches so the page stays responsive.
 */
export async function solve(salt: string, difficulty: number): Promise<string> {
  const encoder = new TextEncoder();
  for (let base = 0; base < 50_000_000; base += 512) {
    const hashes = await Promise.all(Array.from({ length: 512 }, (_, i) =>
      crypto.subtle.digest('SHA-256', encoder.encode(`${salt}:${base + i}`))));
    const found = hashes.findIndex((h) => leadingZeroBits(new Uint8Array(h)) >= difficulty);
    if (found >= 0) return String(base + found);
  }
  throw new Error('no solution found');
}
