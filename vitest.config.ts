import { defineConfig } from "vitest/config";
import { fileURLToPath } from "node:url";

export default defineConfig({
	resolve: {
		alias: {
			// 'obsidian' ships types only; tests run against one typed fake (also used in the browser page).
			obsidian: fileURLToPath(new URL("./tests/fake-obsidian/index.ts", import.meta.url)),
			// Tests run the same small entity table main.js ships.
			"decode-named-character-reference": fileURLToPath(new URL("./src/core/parse/named-entities.ts", import.meta.url)),
			"micromark-util-symbol": fileURLToPath(new URL("./src/core/parse/micromark-symbols.ts", import.meta.url)),
			"get-east-asian-width": fileURLToPath(new URL("./src/core/parse/east-asian-width.ts", import.meta.url)),
			vfile: fileURLToPath(new URL("./src/core/parse/vfile.ts", import.meta.url)),
			fault: fileURLToPath(new URL("./src/core/parse/fault.ts", import.meta.url)),
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
