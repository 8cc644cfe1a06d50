import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

// The tab is a static single-page app; src/index.html is its entry.
export default defineConfig({
  root: 'src',
  base: './',
  plugins: [react()],
  resolve: {
    alias: {
      // The embedded app configuration: IVHO_CONFIG names the JSON file (relative to the project).
      '@app-config': path.resolve(fileURLToPath(new URL('.', import.meta.url)), process.env.IVHO_CONFIG ?? 'config/local.json'),
    },
  },
  build: {
    outDir: '../dist',
    emptyOutDir: true,
    sourcemap: true,
    // Two pages: the tab, and msal-browser 5's redirect bridge that sign-in popups return to.
    rolldownOptions: {
      input: {
        index: fileURLToPath(new URL('./src/index.html', import.meta.url)),
        'auth-redirect': fileURLToPath(new URL('./src/auth-redirect.html', import.meta.url)),
      },
    },
  },
});
