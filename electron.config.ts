import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import { resolve } from 'node:path';

/**
 * electron-vite builds three bundles into out/: main (Electron main process), preload (CommonJS, because a
 * sandboxed preload cannot be an ES module), and renderer (the React app, also served by the browser build).
 */
export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      rollupOptions: {
        // The document reader runs in a worker thread; src/node/import-worker.ts looks for this file beside itself.
        input: {
          index: resolve(__dirname, 'src/main/index.ts'),
          'import-worker-entry': resolve(__dirname, 'src/node/import-worker-entry.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      rollupOptions: {
        input: { index: resolve(__dirname, 'src/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(__dirname, 'src/renderer'),
    plugins: [react()],
    build: {
      outDir: resolve(__dirname, 'out/renderer'),
      rollupOptions: { input: { index: resolve(__dirname, 'src/renderer/index.html') } },
    },
  },
});
