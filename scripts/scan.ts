// Same as `npm run scan`: the command line lives in src/cli/scan.ts.
import { runScan } from "../src/cli/scan";

process.exitCode = runScan(process.argv.slice(2), {
	stdout: (t) => process.stdout.write(t),
	stderr: (t) => process.stderr.write(t),
	env: process.env,
});
