import { describe, expect, it } from 'vitest';
import i18n from '@/shared/i18n';
import { withDesk } from './desk';

describe('withDesk', () => {
  it('resolves a page only once the rest of the Dutch texts are there', async () => {
    expect(i18n.exists('report.refresh')).toBe(false);
    expect(i18n.exists('referrals.new')).toBe(true);
    const page = await withDesk(Promise.resolve({ Page: 'the page' }));
    expect(page.Page).toBe('the page');
    expect(i18n.t('report.refresh')).toBe('Cijfers van nu');
  });

  it('passes on a page that failed to load', async () => {
    await expect(withDesk(Promise.reject(new Error('chunk gone')))).rejects.toThrow('chunk gone');
  });
});
