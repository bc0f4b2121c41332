package org.s2s4j.evaluation.caption;

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

class CocoCaptionSetTest {

  @TempDir
  Path dir;

  private CocoCaptionSet read(String annotations, String results) throws IOException {
    Path a = Files.writeString(dir.resolve("ann.json"), annotations);
    Path r = Files.writeString(dir.resolve("res.json"), results);
    return CocoCaptionSet.read(a, r);
  }

  private InputFormatException fails(String annotations, String results) {
    return assertThrows(InputFormatException.class, () -> read(annotations, results));
  }

  @Test
  void ordersImagesByTheImagesListAndKeepsReferenceOrder() throws IOException {
    CocoCaptionSet set = read("""
        {"images":[{"id":2},{"id":1}],
         "annotations":[{"image_id":1,"caption":"x"},{"image_id":2,"caption":"b1"},
                        {"image_id":2,"caption":"b2"}]}""",
        "[{\"image_id\":1,\"caption\":\"c1\"},{\"image_id\":2,\"caption\":\"c2\"}]");
    assertEquals(List.of("2", "1"), set.imageIds());
    assertEquals(List.of("b1", "b2"), set.references().get("2"));
    assertEquals("c1", set.candidates().get("1"));
    assertTrue(set.numericIds());
  }

  @Test
  void withoutAnImagesListOrderIsFirstAppearance() throws IOException {
    CocoCaptionSet set = read("""
        {"annotations":[{"image_id":"b","caption":"x"},{"image_id":"a","caption":"y"}]}""",
        "[{\"image_id\":\"a\",\"caption\":\"\"},{\"image_id\":\"b\",\"caption\":\"z\"}]");
    assertEquals(List.of("b", "a"), set.imageIds());
    assertFalse(set.numericIds());
  }

  @Test
  void resultWithoutReferenceIsAnError() {
    InputFormatException e = fails("{\"annotations\":[{\"image_id\":1,\"caption\":\"x\"}]}",
        "[{\"image_id\":1,\"caption\":\"c\"},{\"image_id\":7,\"caption\":\"c\"}]");
    assertTrue(e.getMessage().contains("res.json"), e.getMessage());
    assertTrue(e.getMessage().contains("no reference caption"), e.getMessage());
    assertTrue(e.getMessage().endsWith(": 7"), e.getMessage());
  }

  @Test
  void imageWithoutResultIsAnError() {
    InputFormatException e = fails("""
        {"annotations":[{"image_id":1,"caption":"x"},{"image_id":2,"caption":"y"}]}""",
        "[{\"image_id\":1,\"caption\":\"c\"}]");
    assertTrue(e.getMessage().contains("have no result: 2"), e.getMessage());
  }

  @Test
  void twoResultsForOneImageAreAnError() {
    InputFormatException e = fails("{\"annotations\":[{\"image_id\":1,\"caption\":\"x\"}]}",
        "[{\"image_id\":1,\"caption\":\"c\"},{\"image_id\":1,\"caption\":\"d\"}]");
    assertTrue(e.getMessage().contains("more than one result"), e.getMessage());
  }

  @Test
  void malformedJsonNamesFileAndLine() {
    InputFormatException e = fails("{\"annotations\":[]}", "[\n{\"image_id\":1,\n\"caption\":}]");
    assertEquals(3, e.line());
    assertTrue(e.getMessage().startsWith(dir.resolve("res.json") + ":3: invalid JSON"),
        e.getMessage());
  }

  @Test
  void wrongShapesAreErrors() {
    assertTrue(fails("[]", "[]").getMessage().contains("\"annotations\" array"));
    assertTrue(fails("{\"annotations\":[]}", "{}").getMessage().contains("results file"));
    assertTrue(fails("{\"annotations\":[{\"image_id\":1,\"caption\":3}]}", "[]").getMessage()
        .contains("annotations[0]: \"caption\" must be a string"));
    assertTrue(fails("{\"annotations\":[{\"image_id\":1.5,\"caption\":\"x\"}]}", "[]")
        .getMessage().contains("must be an integer or a string"));
    assertTrue(fails("{\"annotations\":[{\"image_id\":1,\"caption\":\"x\"}]}",
        "[{\"image_id\":\"1\",\"caption\":\"c\"}]").getMessage().contains("mix numbers"));
    assertTrue(fails("{\"annotations\":[]}", "[]").getMessage().contains("nothing to evaluate"));
  }

  @Test
  void missingFileIsNamed() {
    InputFormatException e = assertThrows(InputFormatException.class,
        () -> CocoCaptionSet.read(dir.resolve("nope.json"), dir.resolve("res.json")));
    assertTrue(e.getMessage().endsWith("nope.json: no such file"), e.getMessage());
  }
}
