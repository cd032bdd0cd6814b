/** Builds the committee board into web/dist, which the server serves at `/` (same origin as the API). */
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root,
  base: '/',
  plugins: [react()],
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: false, chunkSizeWarningLimit: 800 },
  // `npm run dev:web` next to `npm start`: the API on the same origin through the dev server.
  server: { proxy: { '/api': 'http://127.0.0.1:3000' } },
});
