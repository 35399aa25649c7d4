// WAV files for the fake microphone: speech spoken by espeak-ng at test time, and silence written here.
// Also the reference a person would take: how long the speech in a WAV lasts.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export const NO_ESPEAK_MESSAGE = [
	"espeak-ng is needed for the recording browser test (it speaks the answer the fake microphone plays).",
	"Install it: apt-get install -y espeak-ng   (.ci/run does it).",
].join("\n");

export function hasEspeak(): boolean {
	try {
		execFileSync("espeak-ng", ["--version"], { stdio: "ignore" });
		return true;
	} catch {
		return false;
	}
}

export function soundDir(): string {
	return mkdtempSync(join(tmpdir(), "ip-sound-"));
}

/** espeak-ng speaks `text` into a WAV (16-bit mono); returns its path. */
export function speechWav(dir: string, text: string): string {
	const path = join(dir, "speech.wav");
	execFileSync("espeak-ng", ["-v", "en", "-s", "150", "-w", path, text], { stdio: "ignore" });
	return path;
}

/** A WAV of `secs` seconds of digital silence, 16-bit mono at 16 kHz. */
export function silenceWav(dir: string, secs: number): string {
	const rate = 16_000;
	const samples = Math.round(rate * secs);
	const header = Buffer.alloc(44);
	header.write("RIFF", 0);
	header.writeUInt32LE(36 + samples * 2, 4);
	header.write("WAVE", 8);
	header.write("fmt ", 12);
	header.writeUInt32LE(16, 16);
	header.writeUInt16LE(1, 20); // PCM
	header.writeUInt16LE(1, 22); // mono
	header.writeUInt32LE(rate, 24);
	header.writeUInt32LE(rate * 2, 28);
	header.writeUInt16LE(2, 32);
	header.writeUInt16LE(16, 34);
	header.write("data", 36);
	header.writeUInt32LE(samples * 2, 40);
	const path = join(dir, "silence.wav");
	writeFileSync(path, Buffer.concat([header, Buffer.alloc(samples * 2)]));
	return path;
}

/** A 16-bit mono PCM WAV's length, and the span from its first to its last loud 50 ms window (the speech). */
export function wavSpeech(path: string, threshold = 0.02): { secs: number; spokenSpan: number } {
	const buf = readFileSync(path);
	let offset = 12;
	let rate = 0;
	let data: Buffer | null = null;
	while (offset + 8 <= buf.length) {
		const id = buf.toString("ascii", offset, offset + 4);
		const size = buf.readUInt32LE(offset + 4);
		if (id === "fmt ") rate = buf.readUInt32LE(offset + 12);
		// espeak-ng writes a data size of 0x7fffffff when it streams: the rest of the file is the data.
		if (id === "data") data = buf.subarray(offset + 8, Math.min(buf.length, offset + 8 + size));
		offset += 8 + size + (size % 2);
	}
	if (!data || rate === 0) throw new Error(`Not a PCM WAV: ${path}`);
	const n = Math.floor(data.length / 2);
	const win = Math.round(rate * 0.05);
	let first = -1;
	let last = -1;
	for (let i = 0; i + win <= n; i += win) {
		let sum = 0;
		for (let j = i; j < i + win; j++) sum += (data.readInt16LE(j * 2) / 32768) ** 2;
		if (Math.sqrt(sum / win) >= threshold) {
			if (first < 0) first = i;
			last = i + win;
		}
	}
	return { secs: n / rate, spokenSpan: first < 0 ? 0 : (last - first) / rate };
}
