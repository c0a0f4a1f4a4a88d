import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const features = readdirSync(new URL('./src/features', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

const appImports = {
  group: ['@/app', '@/app/**'],
  message: 'Imports flow app → features → entities → shared: only src/app may import from src/app.',
};

const featureImports = {
  group: ['@/features/**'],
  message: 'Imports flow app → features → entities → shared: only src/app composes features.',
};

/**
 * Each feature is a small module: imports flow one way, app → features → shared, and features don't import
 * each other. What two features both read (an event, the specialties, my profile) is an entity.
 */
const featureBoundaries = features.map((feature) => ({
  files: [`src/features/${feature}/**/*.{ts,tsx}`],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          {
            group: ['@/features/*', `!@/features/${feature}`, `!@/features/${feature}/**`],
            message: 'Features must not import each other; compose them in src/app/routes, or move what both read to src/entities.',
          },
          {
            group: ['../../*'],
            message: 'Leave a feature folder through the @/ alias so the boundary rule can see it.',
          },
          appImports,
        ],
      },
    ],
  },
}));

export default defineConfig(
  globalIgnores(['dist', 'coverage', 'test-results', 'playwright-report', 'src/lib/api/schema.d.ts']),
  {
    extends: [js.configs.recommended, tseslint.configs.strictTypeChecked, tseslint.configs.stylisticTypeChecked],
    files: ['**/*.{ts,tsx}'],
    languageOptions: {
      globals: globals.browser,
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['src/entities/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [featureImports, appImports] }],
    },
  },
  {
    files: ['src/components/**/*.{ts,tsx}', 'src/lib/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['@/features/**', '@/entities/**'], message: 'Shared code must not depend on a feature or an entity.' },
            appImports,
          ],
        },
      ],
    },
  },
  ...featureBoundaries,
  {
    files: ['src/e2e/**/*.ts', '*.config.ts'],
    languageOptions: { globals: globals.node },
  },
  {
    files: ['**/*.{js,mjs}'],
    extends: [js.configs.recommended],
    languageOptions: { globals: globals.node },
  },
);
