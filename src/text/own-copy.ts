/**
 * A string that owns its characters. V8 keeps a slice of 13 or more characters
 * (and a concatenation) as a pointer into its parent: a kept sample's context
 * would hold its whole document alive, and a neighbour string built a
 * character at a time would be a chain of 64 nodes. Counts that live for the
 * whole run store copies made here, or strings joined from parts
 * (`[a, b].join('')` builds a new flat string; a join of one part gives that
 * part back, uncopied).
 */
export function ownCopy(s: string): string {
  // Shorter strings are always flat copies in V8: a slice of them copies, and they are never concatenations.
  if (s.length < 13) return s;
  // A JSON round trip builds a new flat string. Slicing a flattened concatenation
  // would also copy, but would keep a 32-byte slice object over the copy, for every
  // sample of the run.
  return JSON.parse(JSON.stringify(s)) as string;
}
