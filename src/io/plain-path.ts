/**
 * A relative '/'-separated path of names only: none empty, '.' or '..', so that resolving it
 * against a folder is joining it to the folder (no normalising to do).
 */
export const PLAIN_PATH = /^(?!\.\.?(?:\/|$))[^/]+(?:\/(?!\.\.?(?:\/|$))[^/]+)*$/u;
