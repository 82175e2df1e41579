package org.ganlab.experiments.run;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * An exclusive OS lock on a run directory's {@code .lock} file, held while a process writes to the
 * directory. The OS releases it when the process dies, even by kill -9, so a crashed run can be
 * resumed without cleaning up.
 */
public final class RunLock implements AutoCloseable {
  private final FileChannel channel;
  private final FileLock lock;

  private RunLock(FileChannel channel, FileLock lock) {
    this.channel = channel;
    this.lock = lock;
  }

  /** Takes the lock or fails with a message naming the directory. */
  public static RunLock acquire(Path runDir) {
    Path f = runDir.resolve(".lock");
    try {
      FileChannel ch = FileChannel.open(f, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
      FileLock l;
      try {
        l = ch.tryLock();
      } catch (OverlappingFileLockException e) {
        l = null;
      }
      if (l == null) {
        ch.close();
        throw new IllegalStateException(
            "run directory " + runDir + " is in use by another ganlab process (lock " + f + ")");
      }
      return new RunLock(ch, l);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot lock " + f + ": " + e.getMessage(), e);
    }
  }

  @Override
  public void close() {
    try {
      lock.release();
      channel.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
