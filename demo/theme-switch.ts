// The demo page's own theme switch (not part of the widget). "system" (the default) follows the
// reader's OS: the page through `light-dark()` colours, the elements through `theme="auto"`.
// "light" and "dark" pin both; "brand" themes the elements from this page's CSS custom properties
// alone (see demo.css).
const elementTheme = { system: 'auto', light: 'light', dark: 'dark', brand: 'light' } as const;
type PageTheme = keyof typeof elementTheme;

const elements = () => document.querySelectorAll('paper-feed, paper-card, subscribe-form');

document.querySelector('.theme-switch')?.addEventListener('change', (event) => {
  const theme = (event.target as HTMLInputElement).value as PageTheme;
  document.documentElement.dataset.theme = theme;
  for (const element of elements()) element.setAttribute('theme', elementTheme[theme]);
});
