package org.s2s4j.captioning.features;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.s2s4j.corpora.captions.CaptionImage;
import org.s2s4j.corpora.io.InputFormatException;

/**
 * An image to extract features for: its id (the name its feature files get) and its file.
 *
 * @param id the image id
 * @param file the image file
 */
public record ImageSource(String id, Path file) {

  /** The file extensions taken from a folder (any case). */
  public static final Set<String> EXTENSIONS = Set.of("jpg", "jpeg", "png", "bmp", "gif");

  /**
   * The images of {@code dir} (not its subfolders) whose extension is in {@link #EXTENSIONS},
   * sorted by file name, each with the file name without extension as id.
   *
   * @throws IllegalArgumentException when two files would have the same id
   */
  public static List<ImageSource> inFolder(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      throw new IOException(dir + ": no such folder");
    }
    List<Path> files = new ArrayList<>();
    try (Stream<Path> list = Files.list(dir)) {
      list.filter(p -> Files.isRegularFile(p) && EXTENSIONS.contains(extension(p))).sorted().forEach(files::add);
    }
    List<ImageSource> images = new ArrayList<>(files.size());
    Map<String, Path> seen = new HashMap<>();
    for (Path file : files) {
      String id = stem(file);
      Path other = seen.put(id, file);
      if (other != null) {
        throw new IllegalArgumentException(dir + ": " + other.getFileName() + " and " + file.getFileName()
            + " would both get the id '" + id + "'; use --list");
      }
      images.add(new ImageSource(id, file));
    }
    return images;
  }

  /**
   * The images a list names, relative to {@code dir}: a COCO or Karpathy split JSON file
   * ({@code .json}; ids as the file gives them), or a text file of one file name per line (ids are
   * the names without folder and extension; blank lines are skipped).
   *
   * @throws InputFormatException naming the list and line of a repeated id
   */
  public static List<ImageSource> listed(Path dir, Path list) throws IOException {
    List<ImageSource> images = new ArrayList<>();
    Map<String, Long> seen = new HashMap<>();
    if (list.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json")) {
      for (CaptionImage image : CaptionImage.readAll(list)) {
        if (seen.put(image.id(), 0L) != null) {
          throw new InputFormatException(list, 0, "image id " + image.id() + " is listed twice");
        }
        images.add(new ImageSource(image.id(), dir.resolve(image.file())));
      }
      return images;
    }
    List<String> lines = Files.readAllLines(list);
    for (int i = 0; i < lines.size(); i++) {
      String name = lines.get(i).strip();
      if (name.isEmpty()) {
        continue;
      }
      Path file = dir.resolve(name);
      String id = stem(file);
      Long first = seen.put(id, i + 1L);
      if (first != null) {
        throw new InputFormatException(list, i + 1, "'" + name + "' has the id '" + id
            + "' of line " + first);
      }
      images.add(new ImageSource(id, file));
    }
    return images;
  }

  private static String extension(Path file) {
    String name = file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
  }

  private static String stem(Path file) {
    String name = file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot <= 0 ? name : name.substring(0, dot);
  }
}
