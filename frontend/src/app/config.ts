// Build-time settings (Vite env); see .env and .env.e2e.
export const config = {
  oidcAuthority: import.meta.env.VITE_OIDC_AUTHORITY as string,
  oidcClientId: import.meta.env.VITE_OIDC_CLIENT_ID as string,
};
