import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // PDF tests load pdf.js and CLI tests spawn whole runs; give a loaded 2-core machine room without hiding hangs.
    testTimeout: 240_000,
    hookTimeout: 240_000,
  },
});
