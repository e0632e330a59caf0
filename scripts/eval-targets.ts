/** Targets evaluation: filled in with `policy-mine targets`. */
export async function evalTargets(_root: string, _verbose: boolean): Promise<void> {}
