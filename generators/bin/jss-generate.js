#!/usr/bin/env node
// The bin is this committed file, not dist/cli.js itself: pnpm links bins at install, before
// anything is built, and warns when the target is missing. Importing the build runs the CLI.
import '../dist/cli.js';
