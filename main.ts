import { Plugin } from "obsidian";

// Wiring only: features live in src/. Filled in as features land.
export default class InterviewPrepPlugin extends Plugin {
	async onload(): Promise<void> {
		await Promise.resolve();
	}
}
