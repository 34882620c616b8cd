import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  framework: {
    name: '@storybook/web-components-vite',
    // Stories get a plain Vite setup of their own, not the library build in ../vite.config.ts.
    options: { builder: { viteConfigPath: '.storybook/vite.config.ts' } },
  },
  stories: ['../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y', '@storybook/addon-vitest'],
  // Stories read static fixtures, never the network: /data/daily-papers.json is the demo's sample,
  // /fixtures/* the feeds for the empty and error states.
  staticDirs: [
    { from: '../demo/data', to: '/data' },
    { from: '../stories/fixtures', to: '/fixtures' },
  ],
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  // The onboarding checklist and guide are for people setting Storybook up, not reading these docs.
  features: { sidebarOnboardingChecklist: false, menuOnboardingChecklist: false },
};

export default config;
