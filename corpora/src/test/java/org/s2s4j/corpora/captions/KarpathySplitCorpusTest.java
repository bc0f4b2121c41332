package org.s2s4j.corpora.captions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.s2s4j.corpora.captions.CocoCaptionsCorpusTest.readAll;
import static org.s2s4j.corpora.captions.CocoCaptionsCorpusTest.resource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KarpathySplitCorpusTest {

  @TempDir Path dir;

  @Test
  void yieldsEverySentenceWithItsImageSplitAndTokens() throws Exception {
    assertEquals(List.of(
            new Caption("0", "1000092795.jpg", "train", "Two young guys.",
                List.of("two", "young", "guys")),
            new Caption("0", "1000092795.jpg", "train", "Two men.", List.of("two", "men")),
            new Caption("1", "10002456.jpg", "test", "Workers", List.of("workers")),
            new Caption("391895", "val2014/COCO_val2014_000000391895.jpg", "restval", "A man ",
                List.of("a", "man"))),
        readAll(new KarpathySplitCorpus(resource("dataset_flickr_small.json"))));
  }

  @Test
  void keepsOnlyTheChosenSplits() throws Exception {
    List<Caption> captions = readAll(new KarpathySplitCorpus(resource("dataset_flickr_small.json"),
        Set.of("test", "restval")));
    assertEquals(List.of("1", "391895"), captions.stream().map(Caption::image).toList());
  }

  @Test
  void imageWithoutSentencesNamesFileAndLine() throws IOException {
    Path file = Files.writeString(dir.resolve("bad.json"),
        "{\"images\": [\n{\"split\": \"train\", \"imgid\": 0, \"filename\": \"a.jpg\"}]}");
    UncheckedIOException e = assertThrows(UncheckedIOException.class,
        () -> readAll(new KarpathySplitCorpus(file)));
    assertEquals(file + ":2: image without a \"sentences\" array", e.getCause().getMessage());
  }
}
