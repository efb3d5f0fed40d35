import { defineConfig } from 'vite';

// A static page: relative asset paths, so dist/ can be served from any folder (the docs site, a CDN, a laptop).
export default defineConfig({ base: './', build: { outDir: 'dist', emptyOutDir: true, target: 'es2022' } });
