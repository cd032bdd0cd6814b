/** Defaults the command line needs before (or without) validating the whole configuration. */

/** Where the embedded database lives unless `DATA_DIR` says otherwise. */
export const DEFAULT_DATA_DIR = './data';
