#!/usr/bin/env node
// The stand-in as a command, for test suites in other languages.
import { runMockCommand } from '../dist/cli.js';

process.exitCode = await runMockCommand(process.argv.slice(2));
