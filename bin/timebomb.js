#!/usr/bin/env node
// The bundled CLI (`npm run build`: tsc, then rolldown.config.mjs).
import { main } from '../dist/src/bundle/timebomb.js';

await main(process.argv.slice(2));
