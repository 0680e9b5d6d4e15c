import { defineConfig } from 'vite';
import buildGuard from './tools/vite-plugin-build-guard';

export default defineConfig({
  define: { __BUILD_TIME__: JSON.stringify(Date.now()) },
  plugins: [buildGuard()],
  build: { target: 'es2020', sourcemap: true },
  server: { headers: { 'Cache-Control': 'max-age=0' } },
});
