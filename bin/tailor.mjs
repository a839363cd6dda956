#!/usr/bin/env node
// The CLI runs from TypeScript source through tsx, so `npx tailor` works right after `npm install`, with no build step.
import { tsImport } from 'tsx/esm/api';

const { main } = await tsImport('../src/cli/main.ts', import.meta.url);
process.exitCode = await main(process.argv.slice(2));
