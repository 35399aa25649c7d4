// @vitest-environment happy-dom
// The due counts in the coverage and statistics views follow the clock, as the status bar's does: a card
// counts the moment it comes due and a new day's new questions at local midnight, with nothing else
// changing (no grade, no edit), and a closed view leaves no timer behind.
import { afterEach, describe, expect, it, vi } from "vitest";
import { T0 } from "./coverage-services";
import { openView } from "./open-view";

describe("due counts in the coverage and statistics views follow the clock", () => {
	afterEach(() => {
		vi.useRealTimers();
	});

	for (const kind of ["coverage", "stats"] as const) {
		it(`${kind}: a card counts the moment it comes due, with nothing else changing`, async () => {
			let due = 0;
			const { header } = await openView(kind, { newPerDay: 0 }, (services) => {
				const q = services.getIndex().questions[0];
				services.reviews.grade(q.id, 4, 20, T0 - 86_400_000);
				due = services.reviews.card(q.id)?.due ?? 0;
			});
			expect(due).toBeGreaterThan(T0);
			expect(header()).toBe("All done");
			vi.advanceTimersByTime(due - 1000 - Date.now());
			expect(header()).toBe("All done");
			vi.advanceTimersByTime(1000);
			expect(header()).toBe("1 due");
		});
	}

	it("coverage: the hub's row counts the card too, and a new day's new question counts at local midnight", async () => {
		let due = 0;
		const { header, el } = await openView("coverage", { newPerDay: 1 }, (services) => {
			// Today's one new question is used up; its card comes back days later.
			const q = services.getIndex().questions.find((x) => x.variantOf === null)!;
			services.reviews.grade(q.id, 4, 20, T0);
			due = services.reviews.card(q.id)?.due ?? 0;
		});
		expect(header()).toBe("All done");
		// T0 is 10:00 in Shanghai: local midnight is 14 hours on.
		vi.advanceTimersByTime(14 * 3_600_000);
		expect(header()).toBe("1 due");
		vi.advanceTimersByTime(due - Date.now());
		const hubDue = el.querySelector(".ip-cov-hub > summary .ip-cov-deck-due")?.textContent;
		expect(hubDue).toBe("1");
	});

	it("a closed view leaves no timer behind", async () => {
		const { leaf } = await openView("coverage", { newPerDay: 0 }, () => undefined);
		expect(vi.getTimerCount()).toBeGreaterThan(0);
		leaf.detach();
		await vi.waitFor(() => expect(vi.getTimerCount()).toBe(0));
	});
});
