package org.s2s4j.corpora.features;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.s2s4j.corpora.io.InputFormatException;

/**
 * Per-image feature files in self-critical.pytorch's layout: the grid of image {@code ID} in
 * {@code ATT/ID.npz} (array {@code feat}, or the archive's only array) or {@code ATT/ID.npy}, the
 * pooled vector in {@code FC/ID.npy}.
 *
 * <p>The folders are found from one path: {@code DIR/att} and {@code DIR/fc} (what
 * {@code s2s caption features} writes), or the siblings {@code NAME_att} and {@code NAME_fc}
 * (what self-critical.pytorch's {@code prepro_feats.py} writes, e.g. {@code data/cocotalk_att}),
 * given as {@code NAME}, {@code NAME_att} or {@code NAME_fc}. Without an fc folder the pooled
 * vector is the grid's mean over its positions, which is how both tools make it.
 *
 * <p>Grids are {@code (N, C)} region features or {@code (H, W, C)} grids (or {@code (C, H, W)}
 * with {@link GridLayout#CHANNELS_FIRST}); pooled vectors {@code (C)} or {@code (1, C)}.
 * Not thread-safe.
 */
public final class FeatureDirectory implements ImageFeatures {

  /** The array key of grid files, as self-critical.pytorch writes and reads them. */
  public static final String GRID_KEY = "feat";

  private final Path att;
  private final Path fc;
  private final FeatureArrays arrays;
  private List<String> ids;

  private FeatureDirectory(Path att, Path fc, GridLayout layout) {
    this.att = att;
    this.fc = fc;
    this.arrays = new FeatureArrays(layout);
  }

  /** Opens the features at {@code path} with {@code (H, W, C)} grids. */
  public static FeatureDirectory open(Path path) throws IOException {
    return open(path, GridLayout.CHANNELS_LAST);
  }

  /**
   * Opens the features at {@code path}: {@code DIR} holding {@code att/} (and {@code fc/}), or
   * {@code NAME}, {@code NAME_att} or {@code NAME_fc} with sibling folders {@code NAME_att} (and
   * {@code NAME_fc}).
   *
   * @throws InputFormatException naming {@code path} when neither layout is there
   */
  public static FeatureDirectory open(Path path, GridLayout layout) throws IOException {
    Objects.requireNonNull(layout, "layout");
    if (Files.isDirectory(path.resolve("att"))) {
      Path fc = path.resolve("fc");
      return new FeatureDirectory(path.resolve("att"), Files.isDirectory(fc) ? fc : null, layout);
    }
    String name = path.getFileName() == null ? "" : path.getFileName().toString();
    String base = name.endsWith("_att") ? name.substring(0, name.length() - 4)
        : name.endsWith("_fc") ? name.substring(0, name.length() - 3) : name;
    Path att = path.resolveSibling(base + "_att");
    Path fc = path.resolveSibling(base + "_fc");
    if (!base.isEmpty() && Files.isDirectory(att)) {
      return new FeatureDirectory(att, Files.isDirectory(fc) ? fc : null, layout);
    }
    throw new InputFormatException(path, 0, "no feature folders: expected " + path.resolve("att")
        + " or " + att + " (self-critical.pytorch's layout)");
  }

  /** The folder of the grids. */
  public Path gridFolder() {
    return att;
  }

  /** The folder of the pooled vectors, or {@code null} when pooled vectors are grid means. */
  public Path pooledFolder() {
    return fc;
  }

  @Override
  public List<String> imageIds() throws IOException {
    if (ids == null) {
      TreeSet<String> found = new TreeSet<>();
      try (Stream<Path> files = Files.list(att)) {
        for (Path file : (Iterable<Path>) files::iterator) {
          String name = file.getFileName().toString();
          if (!name.startsWith(".") && (name.endsWith(".npz") || name.endsWith(".npy"))) {
            found.add(name.substring(0, name.length() - 4));
          }
        }
      }
      ids = List.copyOf(new ArrayList<>(found));
    }
    return ids;
  }

  @Override
  public ImageFeature get(String imageId) throws IOException {
    Path npz = att.resolve(imageId + ".npz");
    Path npy = att.resolve(imageId + ".npy");
    boolean hasNpz = Files.isRegularFile(npz);
    boolean hasNpy = Files.isRegularFile(npy);
    if (hasNpz && hasNpy) {
      throw new InputFormatException(att, 0, "image " + imageId + " has both " + npz.getFileName()
          + " and " + npy.getFileName() + "; keep one");
    }
    if (!hasNpz && !hasNpy) {
      throw new InputFormatException(att, 0, "no features for image id '" + imageId + "' (no "
          + npz.getFileName() + " or " + npy.getFileName() + ")");
    }
    Path gridFile = hasNpz ? npz : npy;
    NpyArray gridArray = hasNpz ? gridOfArchive(npz) : NpyArray.read(npy);
    FeatureArrays.Grid grid = arrays.grid(gridArray, gridFile.toString());
    float[] pooled;
    if (fc == null) {
      pooled = FeatureArrays.mean(grid);
    } else {
      Path fcFile = fc.resolve(imageId + ".npy");
      if (!Files.isRegularFile(fcFile)) {
        throw new InputFormatException(fc, 0, "no pooled features for image id '" + imageId
            + "' (no " + fcFile.getFileName() + ", but " + gridFile + " exists)");
      }
      pooled = arrays.pooled(NpyArray.read(fcFile), fcFile.toString());
    }
    return new ImageFeature(imageId, grid.positions(), grid.channels(), grid.values(), pooled);
  }

  private static NpyArray gridOfArchive(Path npz) throws IOException {
    Map<String, NpyArray> all = Npz.read(npz);
    if (all.containsKey(GRID_KEY)) {
      return all.get(GRID_KEY);
    }
    if (all.size() == 1) {
      return all.values().iterator().next();
    }
    throw new NpyFormatException(npz.toString(), "no array '" + GRID_KEY + "' (keys: "
        + String.join(", ", all.keySet()) + ")");
  }

  /**
   * Writes one image's features in this layout under {@code root}: {@code root/att/ID.npz} (array
   * {@code feat} of shape {@code (H, W, C)}, deflated like {@code numpy.savez_compressed}) and
   * {@code root/fc/ID.npy} of shape {@code (C)}. Each file appears whole or not at all.
   *
   * @param gridHwc {@code H x W x C} floats in C order
   */
  public static void write(Path root, String imageId, float[] gridHwc, int height, int width,
      int channels, float[] pooled) throws IOException {
    if (imageId.isEmpty() || imageId.startsWith(".") || imageId.contains("/") || imageId.contains("\\")) {
      throw new IllegalArgumentException("image id '" + imageId + "' cannot be a file name");
    }
    Npz.write(root.resolve("att").resolve(imageId + ".npz"),
        Map.of(GRID_KEY, NpyArray.ofFloats(gridHwc, height, width, channels)), true);
    NpyArray.ofFloats(pooled, pooled.length).write(root.resolve("fc").resolve(imageId + ".npy"));
  }
}
