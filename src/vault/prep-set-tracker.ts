// Prep-set tracking for the live index: the current prep set and its members, recomputed from the link
// graph when links or files change, and each member's link signature (to tell when its links changed).
import type { PrepSet } from "../core/prep-set";
import { linkSignature, livePrepSet, type GraphSource, type PrepSettings } from "./link-graph";

/** What the views show about the hubs (found, missing), as one string. */
function hubsSay(set: PrepSet): string {
	return JSON.stringify([set.hubPaths, set.missingHubs]);
}

export interface PrepSetChange {
	/** Members that left the set. */
	left: string[];
	/** The index must be made again: members came or went, or what the views say about hubs changed. */
	changed: boolean;
}

export class PrepSetTracker {
	private current: PrepSet | null = null;
	private members = new Set<string>();
	/** Each member's link signature as last seen. */
	private readonly signatures = new Map<string, string>();

	constructor(private readonly graph: GraphSource) {}

	get set(): PrepSet | null {
		return this.current;
	}
	has(path: string): boolean {
		return this.members.has(path);
	}
	get memberPaths(): ReadonlySet<string> {
		return this.members;
	}

	/** Recompute the set for these settings and template folders. */
	refresh(settings: PrepSettings, templateFolders: readonly string[]): PrepSetChange {
		const set = livePrepSet(this.graph, settings, templateFolders);
		const before = this.members;
		// A hub added or removed changes what the views say about hubs even when no note comes or goes.
		let changed = !this.current || hubsSay(this.current) !== hubsSay(set);
		this.current = set;
		this.members = new Set(set.paths);
		const left: string[] = [];
		for (const p of before) if (!this.members.has(p)) left.push(p);
		if (before.size !== this.members.size || left.length > 0) changed = true;
		for (const p of set.paths) if (!this.signatures.has(p)) this.signatures.set(p, linkSignature(this.graph, p));
		return { left, changed };
	}

	/** Until the set is recomputed, a renamed member keeps its place (and a deleted one leaves); true when it was a member. */
	renameMember(oldPath: string, newPath: string | null): boolean {
		const set = this.current;
		if (!set || !this.members.has(oldPath)) return false;
		this.members.delete(oldPath);
		const paths = set.paths.filter((p) => p !== oldPath);
		if (newPath !== null) {
			this.members.add(newPath);
			paths.splice(set.paths.indexOf(oldPath), 0, newPath);
			set.distance[newPath] = set.distance[oldPath];
			set.hubOf[newPath] = set.hubOf[oldPath];
		}
		this.current = { ...set, paths };
		return true;
	}

	/** Did the note's links change since last seen? (Remembers what it sees now.) */
	linksChanged(path: string): boolean {
		const sig = linkSignature(this.graph, path);
		const before = this.signatures.get(path);
		this.signatures.set(path, sig);
		return before !== sig;
	}

	forgetSignature(path: string): void {
		this.signatures.delete(path);
	}
}
