/**
 * A string that owns its characters. V8 keeps a slice of 13 or more characters
 * (and a concatenation) as a pointer into its parent: a kept sample's context
 * would hold its whole document alive, and a neighbour string built a
 * character at a time would be a chain of 64 nodes. Counts that live for the
 * whole run store copies made here.
 */
export function ownCopy(s: string): string {
  // Slicing a concatenation flattens it into a new string first: the result no longer points into `s`'s parent.
  return (' ' + s).slice(1);
}
