import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // PDF tests load pdf.js; give slow CI machines room without hiding hangs.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
