import { defineConfig } from "vitest/config";
import { fileURLToPath } from "node:url";
import { shimPaths } from "./shims/aliases.mjs";

export default defineConfig({
	resolve: {
		alias: {
			// 'obsidian' ships types only; tests run against one typed fake (also used in the browser page).
			obsidian: fileURLToPath(new URL("./tests/fake-obsidian/index.ts", import.meta.url)),
			// The stand-ins main.js ships (one list for the build, tests and Node entry points). Vite applies aliases
			// to the code it transforms, not inside packages Node loads itself: the parser's own imports still reach
			// the real packages here, so tests/shims/ bundles the parser with the stand-ins to compare the two.
			...shimPaths(),
		},
	},
	test: {
		include: ["tests/**/*.test.ts"],
		// Fixed fast-check seed in `npm test`; random ones only in `npm run fuzz`.
		setupFiles: ["tests/property-seed-setup.ts"],
		environment: "node",
		testTimeout: 20000,
		hookTimeout: 120000,
		// Frozen zone so dates in snapshots and "3 days ago" texts do not depend on the machine.
		env: { TZ: "Asia/Shanghai" },
	},
});
