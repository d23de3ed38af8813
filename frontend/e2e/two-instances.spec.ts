import { expect, request, test } from '@playwright/test';
import { Api, unique } from './api';

/**
 * scripts/e2e.sh runs the whole suite through nginx in front of two backend instances; these checks talk to each
 * instance directly, for what must hold across them: optimistic locking (ETags come from the database's version,
 * not from a memory of one instance) and reads of a write made on the other instance.
 */
const instances = (process.env.INSTANCE_URLS ?? '').split(',').filter(Boolean);

test.describe('two backend instances on one database', () => {
  test.skip(instances.length < 2, 'scripts/e2e.sh starts two instances and sets INSTANCE_URLS');

  test('an ETag from one instance holds on the other, and a stale one is refused by both', async () => {
    const broker = await Api.as('broker.west');
    const student = await broker.student(unique('Twee'), 'Instanties', {}, { strengths: 'Eerste versie' });
    const token = await Api.token('broker.west');
    const [a, b] = await Promise.all(instances.slice(0, 2).map((baseURL) =>
      request.newContext({ baseURL, extraHTTPHeaders: { Authorization: `Bearer ${token}` } })));
    const path = `/api/v1/students/${student}/intake`;

    const first = await a.get(path);
    expect(first.status()).toBe(200);
    const etag = first.headers()['etag'];
    expect(etag).toBeTruthy();

    const onB = await b.put(path, { data: { strengths: 'Tweede versie' }, headers: { 'If-Match': etag } });
    expect(onB.status()).toBe(200);
    expect(onB.headers()['etag']).not.toBe(etag);

    // The first instance never saw that write, yet refuses the stale version, and serves the new one.
    const stale = await a.put(path, { data: { strengths: 'Verloren update' }, headers: { 'If-Match': etag } });
    expect(stale.status()).toBe(412);
    const again = await a.get(path);
    expect((await again.json()).strengths).toBe('Tweede versie');
    expect(again.headers()['etag']).toBe(onB.headers()['etag']);
    await Promise.all([a.dispose(), b.dispose()]);
  });
});
