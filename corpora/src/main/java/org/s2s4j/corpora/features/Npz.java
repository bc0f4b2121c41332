package org.s2s4j.corpora.features;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.s2s4j.corpora.io.AtomicOutput;

/**
 * NumPy's {@code .npz} archives ({@code numpy.savez} and {@code numpy.savez_compressed}): a zip
 * file whose entries {@code KEY.npy} are {@code .npy} arrays, stored or deflated.
 */
public final class Npz {

  private Npz() {}

  /** Every array of {@code file}, by key, in archive order. */
  public static Map<String, NpyArray> read(Path file) throws IOException {
    Map<String, NpyArray> arrays = new LinkedHashMap<>();
    try (ZipFile zip = open(file)) {
      for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements(); ) {
        ZipEntry entry = e.nextElement();
        if (!entry.isDirectory()) {
          arrays.put(key(entry), read(zip, entry, file));
        }
      }
    }
    return arrays;
  }

  /**
   * The array {@code key} of {@code file}; when {@code key} is {@code null}, the archive's only
   * array.
   *
   * @throws NpyFormatException naming the file and the keys it has when there is no such array
   */
  public static NpyArray read(Path file, String key) throws IOException {
    try (ZipFile zip = open(file)) {
      Map<String, ZipEntry> entries = new LinkedHashMap<>();
      for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements(); ) {
        ZipEntry entry = e.nextElement();
        if (!entry.isDirectory()) {
          entries.put(key(entry), entry);
        }
      }
      ZipEntry entry;
      if (key != null) {
        entry = entries.get(key);
      } else if (entries.size() == 1) {
        entry = entries.values().iterator().next();
      } else {
        entry = null;
      }
      if (entry == null) {
        throw new NpyFormatException(file.toString(), (key == null
            ? "holds " + entries.size() + " arrays; say which one" : "has no array '" + key + "'")
            + " (keys: " + String.join(", ", entries.keySet()) + ")");
      }
      return read(zip, entry, file);
    }
  }

  private static ZipFile open(Path file) throws IOException {
    try {
      return new ZipFile(file.toFile());
    } catch (ZipException e) {
      throw new NpyFormatException(file.toString(), "not a .npz (zip) archive: " + e.getMessage());
    }
  }

  private static String key(ZipEntry entry) {
    String name = entry.getName();
    return name.endsWith(".npy") ? name.substring(0, name.length() - 4) : name;
  }

  private static NpyArray read(ZipFile zip, ZipEntry entry, Path file) throws IOException {
    String source = file + "[" + entry.getName() + "]";
    try (InputStream in = new BufferedInputStream(zip.getInputStream(entry), 1 << 16)) {
      return NpyArray.read(in, source);
    } catch (ZipException e) {
      throw new NpyFormatException(source, "corrupt archive entry: " + e.getMessage());
    }
  }

  /**
   * Writes {@code arrays} as {@code KEY.npy} entries, deflated like {@code numpy.savez_compressed}
   * or stored like {@code numpy.savez}.
   */
  public static void write(OutputStream out, Map<String, NpyArray> arrays, boolean compressed)
      throws IOException {
    ZipOutputStream zip = new ZipOutputStream(new BufferedOutputStream(out, 1 << 16));
    for (Map.Entry<String, NpyArray> array : arrays.entrySet()) {
      ZipEntry entry = new ZipEntry(array.getKey() + ".npy");
      byte[] stored = null;
      if (compressed) {
        entry.setMethod(ZipEntry.DEFLATED);
      } else {
        // A stored entry needs its size and CRC before its data.
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        array.getValue().write(bytes);
        stored = bytes.toByteArray();
        CRC32 crc = new CRC32();
        crc.update(stored);
        entry.setMethod(ZipEntry.STORED);
        entry.setSize(stored.length);
        entry.setCompressedSize(stored.length);
        entry.setCrc(crc.getValue());
      }
      zip.putNextEntry(entry);
      if (stored != null) {
        zip.write(stored);
      } else {
        array.getValue().write(zip);
      }
      zip.closeEntry();
    }
    zip.finish();
    zip.flush();
  }

  /** Writes a {@code .npz} file atomically: {@code file} is either the old file or the whole new one. */
  public static void write(Path file, Map<String, NpyArray> arrays, boolean compressed)
      throws IOException {
    try (AtomicOutput out = AtomicOutput.create(file)) {
      write(out.stream(), arrays, compressed);
      out.commit();
    }
  }
}
