// The review logs of every device, held in memory: copies are unioned by event uid (log-merge.ts), and this
// device appends to its own log only, numbering its events `device:seq`.
import type { CardControlEvent, DeviceLog, ReviewEvent } from "../types";
import { absorbLogs, emptyLog, seqOf } from "./log-merge";

export class DeviceLogs {
	private logs = new Map<string, DeviceLog>();
	/** Next sequence number of this start, or null to continue the own log's. */
	private nextSeq: number | null;
	/** Sequence numbers of the own log (built when numbering from `session` first needs them). */
	private taken: Set<number> | null = null;

	/** `session`: the first sequence number of this start (see ReviewStoreOptions.session). */
	constructor(
		readonly device: string,
		session: number | undefined,
	) {
		this.nextSeq = session === undefined ? null : Math.floor(session);
		this.logs.set(device, emptyLog(device));
	}

	/** Start over from these logs (any number of copies of any device's log; they are unioned). */
	load(sources: Iterable<DeviceLog>): void {
		this.logs = new Map([[this.device, emptyLog(this.device)]]);
		absorbLogs(this.logs, sources);
		this.taken = null;
	}

	/** Union more copies of logs into what is loaded. Returns how many events were new. */
	merge(sources: Iterable<DeviceLog>): number {
		const added = absorbLogs(this.logs, sources);
		this.taken = null;
		return added;
	}

	/** This device's log. */
	own(): DeviceLog {
		let log = this.logs.get(this.device);
		if (!log) {
			log = emptyLog(this.device);
			this.logs.set(this.device, log);
		}
		return log;
	}

	/** Every device's log known here (this one's included). */
	all(): DeviceLog[] {
		return [...this.logs.values()];
	}

	/** Marks this device's last live grading undone (a tombstone in the own log). Returns it, or null. */
	undoLastGrading(): ReviewEvent | null {
		const own = this.own();
		const undone = new Set(own.undone ?? []);
		for (let i = own.events.length - 1; i >= 0; i--) {
			const e = own.events[i];
			if (e.kind !== "review" || undone.has(e.uid)) continue;
			own.undone = [...undone, e.uid];
			return e;
		}
		return null;
	}

	/** Marks one of this device's gradings or card controls undone by uid. Returns it, or null when it is not a live one. */
	undoEvent(uid: string): ReviewEvent | CardControlEvent | null {
		const own = this.own();
		if (own.undone?.includes(uid)) return null;
		const e = own.events.find((x) => x.uid === uid);
		if (!e || (e.kind !== "review" && e.kind !== "control")) return null;
		own.undone = [...(own.undone ?? []), uid];
		return e;
	}

	/** Continue this device's numbering at `seq` or later. */
	skipSeqTo(seq: number): void {
		const own = this.own();
		own.seq = Math.max(own.seq, Math.floor(seq));
	}

	/** The uid of this device's next event; moves the own log's `seq` past it. */
	nextUid(): string {
		const own = this.own();
		let seq = own.seq;
		if (this.nextSeq !== null) {
			// A random start can only meet a known number by a one-in-billions chance; step over it then.
			this.taken ??= new Set(own.events.map((e) => seqOf(e.uid)));
			while (this.taken.has(this.nextSeq)) this.nextSeq++;
			seq = this.nextSeq++;
			this.taken.add(seq);
		}
		own.seq = Math.max(own.seq, seq + 1);
		return `${this.device}:${seq}`;
	}
}
