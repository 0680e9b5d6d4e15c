#!/usr/bin/env node
import { run } from '../dist/src/cli/run.js';
import { nodeIO } from '../dist/src/cli/node-io.js';

process.exitCode = await run(process.argv.slice(2), nodeIO());
