// Fake of Obsidian's `Events` (https://docs.obsidian.md/Reference/TypeScript+API/Events) and `EventRef`.
import type { EventRef as RealEventRef, Events as RealEvents } from "obsidian";

// Each event has its own argument types; `never[]` accepts every listener signature.
type Callback = (...data: never[]) => unknown;

/** Imitates `EventRef`: an opaque handle `offref` accepts. */
export interface FakeEventRef extends RealEventRef {
	events: Events;
	name: string;
	fn: Callback;
	ctx: unknown;
}

/** Imitates `Events`: on / off / offref / trigger, callbacks run synchronously in order. */
export class Events implements RealEvents {
	private handlers = new Map<string, FakeEventRef[]>();

	on(name: string, callback: Callback, ctx?: unknown): RealEventRef {
		const ref: FakeEventRef = { events: this, name, fn: callback, ctx };
		const list = this.handlers.get(name) ?? [];
		list.push(ref);
		this.handlers.set(name, list);
		return ref;
	}

	off(name: string, callback: Callback): void {
		const list = this.handlers.get(name);
		if (list) this.handlers.set(name, list.filter((r) => r.fn !== callback));
	}

	offref(ref: RealEventRef): void {
		const r = ref as FakeEventRef;
		const list = this.handlers.get(r.name);
		if (list) this.handlers.set(r.name, list.filter((x) => x !== r));
	}

	trigger(name: string, ...data: unknown[]): void {
		for (const ref of [...(this.handlers.get(name) ?? [])]) this.tryTrigger(ref, data);
	}

	tryTrigger(evt: RealEventRef, args: unknown[]): void {
		const r = evt as FakeEventRef;
		// Obsidian logs listener errors instead of letting one listener break the others.
		try {
			(r.fn as (...data: unknown[]) => unknown).apply(r.ctx, args);
		} catch (e) {
			console.error(e);
		}
	}

	/** Test helper: how many listeners are registered for an event. */
	listenerCount(name: string): number {
		return this.handlers.get(name)?.length ?? 0;
	}
}
