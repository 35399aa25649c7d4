// Without a browser the end-to-end tests must fail and say how to get one, never skip silently.
import { afterEach, describe, expect, it } from "vitest";
import { findBrowser } from "./support/find-browser";
import { skipE2E } from "./support/harness";

describe("findBrowser", () => {
	const saved = process.env.CHROMIUM_PATH;
	afterEach(() => {
		if (saved === undefined) delete process.env.CHROMIUM_PATH;
		else process.env.CHROMIUM_PATH = saved;
	});

	it("fails with install instructions when the given browser does not exist", async () => {
		process.env.CHROMIUM_PATH = "/nonexistent/chromium";
		await expect(findBrowser()).rejects.toThrow(/apt-get install -y chromium fonts-noto-cjk[\s\S]*IP_SKIP_E2E=1/);
	});

	it.skipIf(skipE2E)("finds a browser on this machine (Debian's chromium or the npm one) with the headless flags", async () => {
		delete process.env.CHROMIUM_PATH;
		const choice = await findBrowser();
		expect(choice.executablePath).not.toBe("");
		expect(choice.args).toEqual(expect.arrayContaining(["--no-sandbox", "--disable-gpu", "--disable-quic"]));
	});
});
