package org.s2s4j.decoding.corpus;

import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.List;

/**
 * An output file that survives a crash and can be continued. Lines go to a hidden partial file
 * beside the target ({@code .NAME.partial}); each {@link #checkpoint} syncs it and records, in a
 * small journal ({@code .NAME.journal}, replaced atomically), how many input lines and bytes it
 * holds. Opening with {@code resume} cuts the partial file back to the journal's last checkpoint
 * and continues from there; {@link #commit()} renames the partial file over the target atomically
 * and removes the journal. The target itself is never half-written. Not thread-safe.
 */
public final class ResumableOutput implements LineSink, Closeable {

  private static final String MAGIC = "s2s4j-decode-journal 1";

  private final Path target;
  private final Path partial;
  private final Path journal;
  private final String fingerprint;
  private final FileChannel channel;
  private final OutputStream stream;
  private final long resumedLines;
  private long bytes;

  private ResumableOutput(Path target, String fingerprint, long resumedLines, long bytes)
      throws IOException {
    this.target = target;
    this.partial = sibling(target, ".partial");
    this.journal = sibling(target, ".journal");
    this.fingerprint = fingerprint;
    this.resumedLines = resumedLines;
    this.bytes = bytes;
    this.channel = FileChannel.open(partial, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
    channel.truncate(bytes);
    channel.position(bytes);
    this.stream = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16);
  }

  /**
   * Opens the output for {@code target}. With {@code resume}, continues a run whose journal has the
   * same {@code fingerprint} (input and settings), or starts afresh if there is no journal;
   * without it, always starts afresh.
   *
   * @throws IOException if the journal belongs to another input or other settings, or does not
   *     match its partial file
   */
  public static ResumableOutput open(Path target, String fingerprint, boolean resume)
      throws IOException {
    Path absolute = target.toAbsolutePath();
    Files.createDirectories(absolute.getParent());
    Path journal = sibling(absolute, ".journal");
    Path partial = sibling(absolute, ".partial");
    if (!resume || !Files.exists(journal)) {
      Files.deleteIfExists(journal);
      Files.deleteIfExists(partial);
      return new ResumableOutput(absolute, fingerprint, 0, 0);
    }
    List<String> lines = Files.readAllLines(journal, StandardCharsets.UTF_8);
    if (lines.size() != 4 || !lines.get(0).equals(MAGIC)) {
      throw new IOException(journal + ": not a decoding journal; delete it or run without --resume");
    }
    if (!lines.get(1).equals("fingerprint=" + fingerprint)) {
      throw new IOException(journal + ": the interrupted run used another input or other settings;"
          + " repeat its exact command, or run without --resume to start over");
    }
    long doneLines = Long.parseLong(lines.get(2).substring("lines=".length()));
    long doneBytes = Long.parseLong(lines.get(3).substring("bytes=".length()));
    if (!Files.exists(partial) || Files.size(partial) < doneBytes) {
      throw new IOException(partial + ": shorter than its journal records (" + doneBytes
          + " bytes); run without --resume to start over");
    }
    return new ResumableOutput(absolute, fingerprint, doneLines, doneBytes);
  }

  /** The number of input lines an earlier run already wrote (0 when starting afresh). */
  public long resumedLines() {
    return resumedLines;
  }

  /** The final path. */
  public Path target() {
    return target;
  }

  @Override
  public void writeLine(String text) throws IOException {
    byte[] encoded = (text + "\n").getBytes(StandardCharsets.UTF_8);
    stream.write(encoded);
    bytes += encoded.length;
  }

  @Override
  public void checkpoint(long lines) throws IOException {
    stream.flush();
    channel.force(false);
    Path temp = sibling(target, ".journal.tmp");
    String text = MAGIC + "\nfingerprint=" + fingerprint + "\nlines=" + lines + "\nbytes=" + bytes
        + "\n";
    try (FileChannel out = FileChannel.open(temp, StandardOpenOption.CREATE,
        StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
      out.write(java.nio.ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8)));
      out.force(true);
    }
    move(temp, journal);
  }

  /** Syncs the output, renames it over the target atomically and removes the journal. */
  public void commit() throws IOException {
    stream.flush();
    channel.force(true);
    stream.close();
    move(partial, target);
    Files.deleteIfExists(journal);
  }

  /** Removes the partial output and the journal (the run cannot be resumed). */
  public void discard() throws IOException {
    close();
    Files.deleteIfExists(partial);
    Files.deleteIfExists(journal);
  }

  /** Closes the partial file, keeping it and the journal for a later resume. */
  @Override
  public void close() throws IOException {
    if (channel.isOpen()) {
      stream.close();
    }
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  /** {@code .NAME<suffix>} in the directory of {@code target}. */
  static Path sibling(Path target, String suffix) {
    Path absolute = target.toAbsolutePath();
    return absolute.resolveSibling("." + absolute.getFileName() + suffix);
  }
}
