import { createTheme } from '@mantine/core';

// Mantine's default shades fail WCAG AA contrast for links and dimmed text: darker primary shade
// and a darker dimmed colour keep text at 4.5:1 or more on white.
export const theme = createTheme({
  primaryColor: 'blue',
  primaryShade: { light: 8, dark: 5 },
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
  defaultRadius: 'md',
  // Users who ask for less motion get none; browser tests run that way, so no check sees a half-open dialog.
  respectReducedMotion: true,
  colors: {
    blue: ['#e7f0fa', '#c9dcf1', '#a3c3e6', '#79a7da', '#5590cf', '#3a7dc6', '#2c6db5', '#225f9f', '#1c5d99', '#134473'],
  },
  other: {},
});

export const cssVariablesResolver = () => ({
  variables: {},
  light: { '--mantine-color-dimmed': '#555b63', '--mantine-color-error': '#b02525' },
  dark: {},
});
