import { defineConfig } from 'vite';

export default defineConfig({
  // One copy of Lit for stories and elements (otherwise: "Multiple versions of Lit loaded").
  optimizeDeps: { include: ['lit', 'lit/directive-helpers.js'] },
});
