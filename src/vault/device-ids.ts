// Ids this device gives itself: its device id and where a start's event numbering begins.

/**
 * Where a start's numbering begins, from two random 32-bit words: in [2^52, 2^53 − 2^32), above
 * every number older versions used (counts, or a time in ms) and with room for 2^32 events. Two
 * starts of a device meet only if their random words do (odds about 10^-14 per pair of starts).
 * A clock would serve as badly as a counter: the restored copy and a wrong clock are what it must survive.
 */
export function sessionSeqFrom(hi: number, lo: number): number {
	return 2 ** 52 + (Math.floor(hi) % (2 ** 20 - 1)) * 2 ** 32 + (lo >>> 0);
}

/** A fresh random start for this device's numbering (see sessionSeqFrom). */
export function makeSessionSeq(): number {
	const words = new Uint32Array(2);
	crypto.getRandomValues(words);
	return sessionSeqFrom(words[0], words[1]);
}

/** A new random device id (kept per device with app.saveLocalStorage, never synced). */
export function makeDeviceId(): string {
	const bytes = new Uint8Array(8);
	crypto.getRandomValues(bytes);
	return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
}
