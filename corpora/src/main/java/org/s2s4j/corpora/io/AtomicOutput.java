package org.s2s4j.corpora.io;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * A file that appears at its target path only when it is complete.
 *
 * <p>Writes go to a temporary file in the target's directory; {@link #commit()} flushes it to disk
 * and renames it over the target in one atomic step. Closing without committing deletes the
 * temporary file, so a failed run never leaves a half-written file in place of a good one:
 *
 * <pre>{@code
 * try (AtomicOutput out = AtomicOutput.create(path)) {
 *   out.writer().write("...");
 *   out.commit();
 * }
 * }</pre>
 *
 * <p>Not thread-safe.
 */
public final class AtomicOutput implements Closeable {

  private final Path target;
  private final Path temp;
  private final OutputStream stream;
  private Writer writer;
  private boolean committed;

  private AtomicOutput(Path target, Path temp, OutputStream stream) {
    this.target = target;
    this.temp = temp;
    this.stream = stream;
  }

  /** Opens a temporary file beside {@code target}; nothing at {@code target} changes yet. */
  public static AtomicOutput create(Path target) throws IOException {
    Path absolute = target.toAbsolutePath();
    Path dir = absolute.getParent();
    Files.createDirectories(dir);
    Path temp = Files.createTempFile(dir, "." + absolute.getFileName() + ".", ".tmp");
    return new AtomicOutput(absolute, temp, Files.newOutputStream(temp));
  }

  /** The final path. */
  public Path target() {
    return target;
  }

  /** The raw byte stream of the temporary file. Do not mix with {@link #writer()}. */
  public OutputStream stream() {
    return stream;
  }

  /** A buffered UTF-8 writer on the temporary file. */
  public Writer writer() {
    if (writer == null) {
      writer = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 1 << 16);
    }
    return writer;
  }

  /** Flushes, syncs and atomically moves the temporary file to the target. */
  public void commit() throws IOException {
    if (committed) {
      throw new IllegalStateException("already committed: " + target);
    }
    if (writer != null) {
      writer.flush();
    }
    stream.close();
    try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
      channel.force(true);
    }
    try {
      Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
    }
    committed = true;
  }

  /** Discards the temporary file unless {@link #commit()} succeeded. */
  @Override
  public void close() {
    if (committed) {
      return;
    }
    try {
      stream.close();
      Files.deleteIfExists(temp);
    } catch (IOException e) {
      throw new UncheckedIOException("could not remove temporary file " + temp, e);
    }
  }
}
