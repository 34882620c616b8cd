// The demo page's own theme switch (not part of the widget): "dark" uses the elements' built-in
// dark theme; "brand" themes them from this page's CSS custom properties alone (see demo.css).
const elements = () => document.querySelectorAll('paper-feed, paper-card, subscribe-form');

document.querySelector('.theme-switch')?.addEventListener('change', (event) => {
  const theme = (event.target as HTMLInputElement).value;
  document.documentElement.dataset.theme = theme;
  for (const element of elements()) element.setAttribute('theme', theme === 'dark' ? 'dark' : 'light');
});
