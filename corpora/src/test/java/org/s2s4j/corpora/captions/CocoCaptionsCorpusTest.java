package org.s2s4j.corpora.captions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.s2s4j.corpora.TestCorpora;
import org.s2s4j.corpora.io.CloseableIterator;
import org.s2s4j.corpora.io.InputFormatException;

class CocoCaptionsCorpusTest {

  @TempDir Path dir;

  static Path resource(String name) throws URISyntaxException {
    return Path.of(CocoCaptionsCorpusTest.class.getResource(name).toURI());
  }

  static List<Caption> readAll(CaptionCorpus corpus) throws IOException {
    List<Caption> all = new ArrayList<>();
    try (CloseableIterator<Caption> it = corpus.open()) {
      it.forEachRemaining(all::add);
    }
    return all;
  }

  @Test
  void yieldsAnnotationsInFileOrderWithTheirImageFiles() throws Exception {
    assertEquals(List.of(
            new Caption("42", "COCO_val2014_000000000042.jpg", null, "A dog runs on the beach.",
                List.of()),
            new Caption("73", "COCO_val2014_000000000073.jpg", null, "Zwei Katzen schlafen.",
                List.of()),
            new Caption("42", "COCO_val2014_000000000042.jpg", null, "A brown dog near the sea",
                List.of())),
        readAll(new CocoCaptionsCorpus(resource("coco_captions.json"))));
  }

  @Test
  void annotationsMayComeBeforeImages() throws Exception {
    assertEquals(List.of(new Caption("5", null, null, "a red bus", List.of())),
        readAll(new CocoCaptionsCorpus(resource("coco_annotations_first.json"))));
  }

  @Test
  void annotationWithoutCaptionNamesFileAndLine() throws Exception {
    Path file = resource("coco_bad_annotation.json");
    UncheckedIOException e = assertThrows(UncheckedIOException.class,
        () -> readAll(new CocoCaptionsCorpus(file)));
    assertEquals(file + ":5: annotation without \"caption\"", e.getCause().getMessage());
  }

  @Test
  void truncatedJsonIsAnErrorNamingTheFile() throws IOException {
    Path file = Files.writeString(dir.resolve("cut.json"),
        "{\"images\": [{\"id\": 1}],\n\"annotations\": [{\"image_id\": 1, \"capt");
    UncheckedIOException e = assertThrows(UncheckedIOException.class,
        () -> readAll(new CocoCaptionsCorpus(file)));
    assertEquals(InputFormatException.class, e.getCause().getClass());
    assertEquals(file + ":2: malformed JSON: ",
        e.getCause().getMessage().substring(0, (file + ":2: malformed JSON: ").length()));
  }

  @Test
  void missingAnnotationsArrayIsAnError() throws IOException {
    Path file = Files.writeString(dir.resolve("none.json"), "{\"images\": []}");
    InputFormatException e = assertThrows(InputFormatException.class,
        () -> readAll(new CocoCaptionsCorpus(file)));
    assertEquals(file + ": no top-level \"annotations\" array", e.getMessage());
  }

  @Test
  void readsTheSharedCocoFixture() throws IOException {
    Path file = TestCorpora.shared().resolve("fixtures/coco/annotations.json");
    assumeTrue(Files.isRegularFile(file), "COCO fixture not found at " + file.toAbsolutePath());
    List<Caption> captions = readAll(new CocoCaptionsCorpus(file));
    // The fixture's README: 1014 images with 4 references each.
    assertEquals(4056, captions.size());
    Set<String> images = new HashSet<>();
    captions.forEach(c -> images.add(c.image()));
    assertEquals(1014, images.size());
  }
}
