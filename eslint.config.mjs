import { defineConfig, globalIgnores } from "eslint/config";
import obsidianmd from "eslint-plugin-obsidianmd";
import globals from "globals";

// Plugin code (main.ts, src/) follows the Obsidian community reviewers' rule book.
// Node-only code (the scan CLI, scripts, bench, tests) may use Node APIs.
const nodeOnly = ["src/cli/**/*.ts", "scripts/**/*.ts", "bench/**/*.ts", "tests/**/*.ts", "vitest.config.ts"];

export default defineConfig([
	globalIgnores([
		"node_modules/**",
		"main.js",
		"test-results/**",
		"demo-vault/**",
		"bench/.vault/**",
		"*.mjs",
		"shims/*.mjs",
		"scripts/*.mjs",
		"tests/e2e/page/dist/**",
		".tmp/**",
	]),
	...obsidianmd.configs.recommended,
	{
		languageOptions: {
			parserOptions: {
				projectService: { allowDefaultProject: ["eslint.config.mjs"] },
				tsconfigRootDir: import.meta.dirname,
			},
		},
	},
	{
		// The core knows nothing of Obsidian: type-only imports at most, so it runs in Node.
		files: ["src/core/**/*.ts"],
		rules: {
			"no-restricted-imports": [
				"error",
				{
					paths: [
						{ name: "obsidian", message: "src/core is pure: no Obsidian values here.", allowTypeImports: true },
					],
					patterns: [
						{ group: ["node:*"], message: "src/core also runs on mobile: no Node APIs." },
						// Paths written from the project root (tsconfig's baseUrl): the zone rule below sees only relative ones.
						{ regex: "^(src|tests|scripts|bench|main)(/|$)", message: "src/core imports only src/core, by relative paths." },
					],
				},
			],
			"no-restricted-globals": ["error", { name: "Date", message: "Time comes in as a parameter in src/core." }],
			// Arrows point into the core, never out of it: whatever the depth of the file and however the path is written.
			"import/no-restricted-paths": [
				"error",
				{
					zones: [
						{
							target: "./src/core",
							from: ["./src", "./main.ts", "./tests", "./scripts", "./bench"],
							except: ["./core"],
							message: "src/core imports only src/core (and packages): move what it needs into the core.",
						},
					],
				},
			],
		},
		settings: { "import/resolver": { node: { extensions: [".ts", ".js", ".mjs", ".json"] } } },
	},
	{
		files: ["**/*.ts"],
		rules: {
			"no-restricted-properties": [
				"error",
				{ property: "innerHTML", message: "Build DOM with createEl; render note text with MarkdownRenderer." },
				{ property: "outerHTML", message: "Build DOM with createEl." },
				{ property: "insertAdjacentHTML", message: "Build DOM with createEl." },
			],
			"no-restricted-syntax": [
				"error",
				{
					selector: "CallExpression > SpreadElement, NewExpression > SpreadElement",
					message: "No spread of an array into a call's arguments: past ~100,000 items it throws RangeError. Use a loop.",
				},
			],
			"no-eval": "error",
			"no-implied-eval": "error",
			"no-new-func": "error",
		},
	},
	{
		// Node-only code (src/cli included) reads bounded inputs through Node APIs.
		files: nodeOnly,
		rules: { "no-restricted-syntax": "off" },
	},
	{
		files: nodeOnly,
		languageOptions: { globals: { ...globals.node } },
		rules: {
			"import/no-nodejs-modules": "off",
			"obsidianmd/no-nodejs-modules": "off",
			// Outside Obsidian there is no Vault#configDir: scripts and tests see vaults on disk.
			"obsidianmd/hardcoded-config-path": "off",
			"no-restricted-globals": "off",
			"obsidianmd/ui/sentence-case": "off",
			"@typescript-eslint/no-unsafe-assignment": "off",
			"@typescript-eslint/no-unsafe-member-access": "off",
			"@typescript-eslint/no-unsafe-call": "off",
			"@typescript-eslint/no-unsafe-argument": "off",
			"@typescript-eslint/no-unsafe-return": "off",
			"no-console": "off",
			// Command-line tools print; Node has no popout windows.
			"obsidianmd/rule-custom-message": "off",
			"obsidianmd/prefer-window-timers": "off",
			"obsidianmd/no-global-this": "off",
		},
	},
	{
		// The fake `obsidian` is what provides createEl/instanceOf/trashFile: it builds them from the plain DOM and Vault.delete.
		files: ["tests/fake-obsidian/**/*.ts"],
		rules: {
			"obsidianmd/prefer-create-el": "off",
			"obsidianmd/prefer-instanceof": "off",
			"obsidianmd/prefer-file-manager-trash-file": "off",
		},
	},
	{
		// Tests run against the fake obsidian (as new as the installed typings), never inside an older Obsidian.
		files: ["tests/**/*.ts"],
		rules: { "obsidianmd/no-unsupported-api": "off" },
	},
	{
		// A test that deletes a note plays the person deleting it in Obsidian, not the plugin choosing how to delete.
		files: ["tests/**/*.test.ts"],
		rules: { "obsidianmd/prefer-file-manager-trash-file": "off" },
	},
]);
