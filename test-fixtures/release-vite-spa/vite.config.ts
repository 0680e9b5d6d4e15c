import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// Build metadata for the About page and the stale-build check. VITE_BUILD_DATE is set by
// the CI job (`date -u +%FT%TZ`) so that a rebuild of the same commit keeps its date.
export default defineConfig(({ mode }) => ({
  plugins: [react()],
  define: {
    __BUILD_TIME__: JSON.stringify(Date.now()),
    __BETA__: JSON.stringify(mode === 'beta' || mode === 'canary'),
    __APP_VERSION__: JSON.stringify(process.env.npm_package_version),
  },
  build: { sourcemap: true },
}));
