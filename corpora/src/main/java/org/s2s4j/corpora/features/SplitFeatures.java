package org.s2s4j.corpora.features;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.s2s4j.corpora.io.InputFormatException;

/**
 * The features of a whole split in one array, row {@code i} belonging to the {@code i}-th id of an
 * image list: a grid array of shape {@code (M, N, C)}, {@code (M, H, W, C)} or {@code (M, C, H, W)}
 * (as {@link GridLayout} says) and optionally a pooled array of shape {@code (M, C')}; without one
 * the pooled vector is the grid's mean over its positions.
 *
 * <p>Arrays come from {@code .npy} files, or from the arrays of an {@code .npz} archive
 * ({@code FILE.npz} holding one array, or {@code FILE.npz:KEY}). A C-order {@code .npy} is read
 * one row at a time from disk, so it may be larger than memory; other arrays are read whole.
 * Not thread-safe.
 */
public final class SplitFeatures implements ImageFeatures, AutoCloseable {

  private final List<String> ids;
  private final Map<String, Integer> rowOf;
  private final Rows grids;
  private final Rows pooled;
  private final FeatureArrays arrays;

  private SplitFeatures(List<String> ids, Rows grids, Rows pooled, GridLayout layout) {
    this.ids = ids;
    this.grids = grids;
    this.pooled = pooled;
    this.arrays = new FeatureArrays(layout);
    this.rowOf = new HashMap<>();
    for (int i = 0; i < ids.size(); i++) {
      rowOf.put(ids.get(i), i);
    }
  }

  /**
   * Opens a split's arrays.
   *
   * @param grid the grid array: {@code FILE.npy}, {@code FILE.npz} or {@code FILE.npz:KEY}
   * @param pooled the pooled array in the same forms, or {@code null}
   * @param imageIds the id of each row, in row order; ids must be unique
   * @throws InputFormatException naming the file when an array's shape or row count does not fit
   */
  public static SplitFeatures open(String grid, String pooled, List<String> imageIds,
      GridLayout layout) throws IOException {
    List<String> ids = List.copyOf(imageIds);
    if (ids.stream().distinct().count() != ids.size()) {
      throw new IllegalArgumentException("the image list has repeated ids");
    }
    Rows grids = Rows.open(grid);
    Rows pooledRows = null;
    try {
      int[] gridShape = grids.shape;
      if (gridShape.length != 3 && gridShape.length != 4) {
        throw new NpyFormatException(grids.source, "a split's grid array must have shape (M, N, C), "
            + "(M, H, W, C) or (M, C, H, W); this one has shape " + Arrays.toString(gridShape));
      }
      checkRows(grids, ids.size());
      if (pooled != null) {
        pooledRows = Rows.open(pooled);
        if (pooledRows.shape.length != 2) {
          throw new NpyFormatException(pooledRows.source, "a split's pooled array must have shape "
              + "(M, C); this one has shape " + Arrays.toString(pooledRows.shape));
        }
        checkRows(pooledRows, ids.size());
      }
      return new SplitFeatures(ids, grids, pooledRows, layout);
    } catch (IOException | RuntimeException e) {
      grids.close();
      if (pooledRows != null) {
        pooledRows.close();
      }
      throw e;
    }
  }

  /** Reads an image list: one id per line, blank lines ignored. */
  public static List<String> readIds(Path file) throws IOException {
    return Files.readAllLines(file).stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
  }

  private static void checkRows(Rows rows, int ids) throws NpyFormatException {
    if (rows.shape[0] != ids) {
      throw new NpyFormatException(rows.source, rows.shape[0] + " rows (shape "
          + Arrays.toString(rows.shape) + ") but the image list has " + ids + " ids");
    }
  }

  @Override
  public List<String> imageIds() {
    return ids;
  }

  @Override
  public ImageFeature get(String imageId) throws IOException {
    Integer row = rowOf.get(imageId);
    if (row == null) {
      throw new InputFormatException(grids.source, 0, "no features for image id '" + imageId
          + "' (not in the image list of " + ids.size() + " ids)");
    }
    String gridSource = grids.source + " row " + row;
    FeatureArrays.Grid grid = arrays.grid(grids.row(row), gridSource);
    float[] vector = pooled == null ? FeatureArrays.mean(grid)
        : arrays.pooled(pooled.row(row), pooled.source + " row " + row);
    return new ImageFeature(imageId, grid.positions(), grid.channels(), grid.values(), vector);
  }

  @Override
  public void close() throws IOException {
    grids.close();
    if (pooled != null) {
      pooled.close();
    }
  }

  /** The rows of one array: read from disk on demand (C-order .npy) or held in memory. */
  private static final class Rows implements AutoCloseable {
    final String source;
    final int[] shape;
    private final NpyArray whole;
    private final FileChannel channel;
    private final NpyHeader header;
    private final int rowBytes;

    private Rows(String source, int[] shape, NpyArray whole, FileChannel channel, NpyHeader header) {
      this.source = source;
      this.shape = shape;
      this.whole = whole;
      this.channel = channel;
      this.header = header;
      this.rowBytes = header == null || shape[0] == 0 ? 0 : (int) (header.dataBytes() / shape[0]);
    }

    static Rows open(String spec) throws IOException {
      int colon = spec.lastIndexOf(':');
      if (colon > 0 && spec.substring(0, colon).endsWith(".npz")) {
        Path file = Path.of(spec.substring(0, colon));
        NpyArray array = Npz.read(file, spec.substring(colon + 1));
        return new Rows(spec, array.shape(), array, null, null);
      }
      Path file = Path.of(spec);
      if (spec.endsWith(".npz")) {
        NpyArray array = Npz.read(file, null);
        return new Rows(spec, array.shape(), array, null, null);
      }
      FileChannel channel = FileChannel.open(file, StandardOpenOption.READ);
      try {
        InputStream in = Channels.newInputStream(channel);
        NpyHeader header = NpyHeader.read(in, spec);
        int[] shape = header.shape();
        if (shape.length == 0) {
          throw new NpyFormatException(spec, "a scalar is not a feature array");
        }
        long needed = header.dataOffset() + header.dataBytes();
        if (channel.size() < needed) {
          throw new NpyFormatException(spec, "truncated: the header says " + header + " ("
              + header.dataBytes() + " data bytes) but the file has " + (channel.size() - header.dataOffset()));
        }
        if (header.fortranOrder() || header.dataBytes() / Math.max(1, shape[0]) > Integer.MAX_VALUE) {
          channel.position(0);
          NpyArray array = NpyArray.read(Channels.newInputStream(channel), spec);
          channel.close();
          return new Rows(spec, shape, array, null, null);
        }
        return new Rows(spec, shape, null, channel, header);
      } catch (IOException | RuntimeException e) {
        channel.close();
        throw e;
      }
    }

    NpyArray row(int i) throws IOException {
      if (whole != null) {
        return whole.row(i);
      }
      byte[] bytes = new byte[rowBytes];
      ByteBuffer buffer = ByteBuffer.wrap(bytes);
      long position = header.dataOffset() + (long) i * rowBytes;
      while (buffer.hasRemaining()) {
        if (channel.read(buffer, position + buffer.position()) < 0) {
          throw new NpyFormatException(source, "truncated at row " + i);
        }
      }
      return NpyArray.wrap(header.dtype(), Arrays.copyOfRange(shape, 1, shape.length), bytes);
    }

    @Override
    public void close() throws IOException {
      if (channel != null) {
        channel.close();
      }
    }
  }
}
