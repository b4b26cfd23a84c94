/** Read-only access to a framework's files, from a folder or from a git commit. */
export interface SourceTree {
  /** How the root is shown to people: a folder path, or `ref:subdir`. */
  readonly label: string;
  /** Every file below the root, relative POSIX paths, sorted. */
  list(): Promise<string[]>;
  read(path: string): Promise<Uint8Array>;
  /** Paths that are symbolic links leading outside the root (a folder tree can have them, git cannot). */
  escapingLinks(): Promise<Set<string>>;
  /** A content identity for a file when the tree knows it cheaply (a git blob id), for caches. */
  blobId?(path: string): string | undefined;
  /**
   * Size, times and inode of a file on disk (`size:mtime:ctime:inode`): while unchanged, so are its bytes (as git's
   * index assumes).
   */
  stamp?(path: string): string | undefined;
  /** The absolute path of a file on disk, for a worker thread to read it where it is parsed. */
  localPath?(path: string): string;
}
