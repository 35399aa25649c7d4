// One small seeded generator for everything that shuffles or draws (quiz order, mock runs, the
// benchmark's vault), so a seed reproduces the same order everywhere.

/** mulberry32: small, fast, good enough for shuffling questions. Returns [0, 1). */
export function seededRandom(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}
