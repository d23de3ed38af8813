import { describe, expect, it } from 'vitest';
import { primaryRole } from './get-me';

describe('primaryRole', () => {
  it('picks the role that decides the menu and ignores Keycloak defaults', () => {
    expect(primaryRole(['offline_access', 'broker'])).toBe('broker');
    expect(primaryRole(['broker', 'lead'])).toBe('lead');
    expect(primaryRole(['mentor'])).toBe('mentor');
    expect(primaryRole(['uma_authorization'])).toBeUndefined();
  });
});
