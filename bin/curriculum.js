#!/usr/bin/env node
// Zip entry times are local time: fix the zone so the same input gives the same bytes everywhere.
process.env.TZ = 'UTC';
const { main } = await import('../dist/cli/main.js');

process.exitCode = await main(process.argv);
