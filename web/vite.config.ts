import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The app is static files: `web/server` serves them with /config.json and, in development, the dev login.
export default defineConfig({
  root: import.meta.dirname,
  plugins: [react()],
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: false, chunkSizeWarningLimit: 800 },
});
