package org.s2s4j.captioning.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.s2s4j.corpora.io.InputFormatException;

class CaptionAnnotationsTest {

  @TempDir Path dir;

  private Path write(String name, String json) throws IOException {
    return Files.writeString(dir.resolve(name), json);
  }

  @Test
  void readsCocoCaptionsWithSeveralReferencesPerImageInImageOrder() throws Exception {
    Path coco = write("c.json", "{\"images\":[{\"id\":7,\"file_name\":\"7.png\"},{\"id\":3,\"file_name\":\"a/3.jpg\"}],"
        + "\"annotations\":[{\"image_id\":3,\"caption\":\"A dog.\"},{\"image_id\":7,\"caption\":\"a cat\"},"
        + "{\"image_id\":3,\"caption\":\"a brown dog\"}]}");
    List<CaptionedImage> images = CaptionAnnotations.read(coco, List.of("ignored"));
    assertEquals(2, images.size());
    assertEquals(new CaptionedImage("7", true, "7.png", List.of("a cat")), images.get(0));
    assertEquals(new CaptionedImage("3", true, "a/3.jpg", List.of("A dog.", "a brown dog")), images.get(1));
  }

  @Test
  void readsTheRequestedSplitsOfAKarpathyFileKeyedByCocoidElseImgid() throws Exception {
    Path karpathy = write("dataset.json", "{\"images\":["
        + "{\"split\":\"train\",\"filepath\":\"train2014\",\"filename\":\"x.jpg\",\"imgid\":0,\"cocoid\":42,"
        + "\"sentences\":[{\"raw\":\"One.\",\"tokens\":[\"one\"]},{\"raw\":\"Two\"}]},"
        + "{\"split\":\"restval\",\"filename\":\"y.jpg\",\"imgid\":1,\"sentences\":[{\"raw\":\"three\"}]},"
        + "{\"split\":\"test\",\"filename\":\"z.jpg\",\"imgid\":2,\"sentences\":[{\"raw\":\"four\"}]}],"
        + "\"dataset\":\"coco\"}");
    List<CaptionedImage> train = CaptionAnnotations.read(karpathy, List.of("train", "restval"));
    assertEquals(List.of(new CaptionedImage("42", true, "train2014/x.jpg", List.of("One.", "Two")),
        new CaptionedImage("1", true, "y.jpg", List.of("three"))), train);
    List<CaptionedImage> test = CaptionAnnotations.read(karpathy, List.of("test"));
    assertEquals("2", test.get(0).id());
  }

  @Test
  void namesTheFileForMalformedInput() throws Exception {
    Path notJson = write("bad.json", "{\"images\": [");
    InputFormatException e = assertThrows(InputFormatException.class,
        () -> CaptionAnnotations.read(notJson, List.of("train")));
    assertTrue(e.getMessage().startsWith(notJson.toString()), e.getMessage());
    Path unknownImage = write("u.json", "{\"images\":[{\"id\":1}],\"annotations\":[{\"image_id\":2,\"caption\":\"x\"}]}");
    e = assertThrows(InputFormatException.class, () -> CaptionAnnotations.read(unknownImage, List.of()));
    assertTrue(e.getMessage().contains("names image 2, which is not in its images list"), e.getMessage());
    Path noCaption = write("n.json", "{\"annotations\":[{\"image_id\":\"a\"}]}");
    e = assertThrows(InputFormatException.class, () -> CaptionAnnotations.read(noCaption, List.of()));
    assertTrue(e.getMessage().contains("image a) has no caption text"), e.getMessage());
    Path other = write("o.json", "[1, 2]");
    assertFalse(assertThrows(InputFormatException.class, () -> CaptionAnnotations.read(other, List.of()))
        .getMessage().isEmpty());
  }
}
