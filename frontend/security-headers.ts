/**
 * The headers every SPA response carries, in nginx (nginx.conf) and in `vite preview` (the browser tests), so
 * the tests run under the same policy as production. Scripts only from the SPA's own origin; styles may be
 * inline because Mantine and the charts set style attributes. Keycloak is the only other origin the SPA talks
 * to (token refresh) and the only place its forms go.
 */
export function securityHeaders(keycloakOrigin: string): Record<string, string> {
  return {
    'Content-Security-Policy': [
      "default-src 'self'",
      "script-src 'self'",
      "style-src 'self' 'unsafe-inline'",
      "img-src 'self' data:",
      `connect-src 'self' ${keycloakOrigin}`,
      `frame-src ${keycloakOrigin}`,
      `form-action 'self' ${keycloakOrigin}`,
      "frame-ancestors 'none'",
      "base-uri 'self'",
      "object-src 'none'",
    ].join('; '),
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'X-Frame-Options': 'DENY',
  };
}
