import type { TFunction } from 'i18next';
import { AppShell, Badge, Burger, Button, Group, NavLink, SegmentedControl, Stack, Text, Title, VisuallyHidden } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useAuth } from 'react-oidc-context';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink as RouterNavLink, Outlet, useLocation } from 'react-router';
import { PageErrorBoundary } from './PageErrorBoundary';
import { prefetchDesk } from './desk';
import { primaryRole, useMe } from '@/features/me/api/get-me';
import { useReferralCounts } from '@/features/referrals/api/get-referral-counts';
import { setLanguage } from '@/shared/i18n';

type MenuItem = { to: string; label: string; count?: number; exact?: boolean };

function menuFor(role: string | undefined, t: TFunction, openReferrals?: number): MenuItem[] {
  switch (role) {
    case 'broker':
    case 'lead':
      return [
        { to: '/dashboard', label: t('nav.dashboard') },
        { to: '/referrals', label: t('nav.referrals'), count: openReferrals },
        { to: '/students', label: t('nav.students') },
        { to: '/placements', label: t('nav.placements') },
        { to: '/employers', label: t('nav.employers') },
        { to: '/places', label: t('nav.places') },
        { to: '/schools', label: t('nav.schools') },
        { to: '/kit', label: t('nav.kit') },
        { to: '/reports', label: t('nav.reports') },
        { to: '/imports', label: t('nav.imports') },
        ...(role === 'lead' ? [{ to: '/audit', label: t('nav.audit') }, { to: '/integrations', label: t('nav.integrations') },
          { to: '/settings', label: t('nav.settings') }] : []),
      ];
    case 'mentor':
      return [
        { to: '/mentor', label: t('nav.mine'), exact: true },
        { to: '/mentor/new', label: t('referrals.new') },
      ];
    case 'employer':
      return [
        { to: '/employer-portal', label: t('nav.company'), exact: true },
        { to: '/employer-portal/places', label: t('employerPortal.places') },
        { to: '/employer-portal/profile', label: t('employerPortal.profile') },
      ];
    default:
      return [];
  }
}

export function Shell() {
  const [opened, { toggle, close }] = useDisclosure();
  const { t, i18n } = useTranslation();
  const auth = useAuth();
  const me = useMe();
  const location = useLocation();
  const role = me.data ? primaryRole(me.data.roles) : undefined;
  const scope = me.data?.organisation?.name ?? me.data?.school?.name ?? me.data?.employerName;
  const counts = useReferralCounts(role === 'broker' || role === 'lead');
  useEffect(prefetchDesk, []);

  return (
    <AppShell header={{ height: 60 }} navbar={{ width: 230, breakpoint: 'sm', collapsed: { mobile: !opened } }} padding="md">
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger opened={opened} onClick={toggle} hiddenFrom="sm" size="sm" aria-label={t('nav.toggle')} />
            <Title order={1} size="h4">
              Stagemakelaar
            </Title>
          </Group>
          <Group gap="sm" wrap="nowrap">
            <Stack gap={0} visibleFrom="sm" align="flex-end">
              <Text size="sm" fw={600} data-testid="user-name">
                {me.data?.name}
              </Text>
              {scope && (
                <Text size="xs" c="dimmed" data-testid="user-scope">
                  {scope}
                </Text>
              )}
            </Stack>
            {role && (
              <Badge variant="light" data-testid="user-role">
                {t(`roles.${role}`)}
              </Badge>
            )}
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="sm" aria-label={t('nav.label')}>
        <AppShell.Section grow component="nav" aria-label={t('nav.label')}>
          {menuFor(role, t, counts.data?.submitted).map((item) => (
            <NavLink
              key={item.to}
              component={RouterNavLink}
              to={item.to}
              end={item.exact}
              label={item.label}
              rightSection={item.count ? <Badge size="sm" circle aria-label={`${item.count}`}>{item.count}</Badge> : undefined}
              active={item.exact ? location.pathname === item.to || location.pathname.startsWith(`${item.to}/referrals`) || location.pathname.startsWith(`${item.to}/placements`) : location.pathname.startsWith(item.to)}
              onClick={close}
            />
          ))}
        </AppShell.Section>
        <AppShell.Section>
          <Stack gap="xs">
            <Text size="sm" hiddenFrom="sm">
              {me.data?.name}
              {scope ? ` · ${scope}` : ''}
            </Text>
            <VisuallyHidden id="lang-label">{t('nav.language')}</VisuallyHidden>
            <SegmentedControl
              aria-labelledby="lang-label"
              size="xs"
              value={i18n.language.startsWith('en') ? 'en' : 'nl'}
              onChange={(lng) => void setLanguage(lng)}
              data={[
                { value: 'nl', label: 'Nederlands' },
                { value: 'en', label: 'English' },
              ]}
            />
            <Button variant="default" size="xs" onClick={() => void auth.signoutRedirect({ post_logout_redirect_uri: window.location.origin + '/' })}>
              {t('nav.logout')}
            </Button>
          </Stack>
        </AppShell.Section>
      </AppShell.Navbar>
      <AppShell.Main>
        <PageErrorBoundary>
          <Outlet />
        </PageErrorBoundary>
      </AppShell.Main>
    </AppShell>
  );
}
