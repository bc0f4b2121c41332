package org.s2s4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class TokenizeCommandTest {

  @Test
  void mosesLowercaseOneLineOutPerLineIn() {
    CliRunner.Result r = CliRunner.withInput("Ein Mann schläft.\n\nA boy's (red) hat\n",
        "tokenize", "--scheme", "moses", "--lang", "de", "--lowercase");
    assertEquals(0, r.exitCode(), r.err());
    assertEquals("ein mann schläft .\n\na boy &apos; s (red) hat\n".replace("(red)", "( red )"),
        r.stdout());
  }

  @Test
  void ptbLooksAtTheNextLineAsCoreNlpDoes() {
    // CoreNLP 4.5.10 -preserveLines -lowerCase: "U.S." before a capitalised line gets an extra "."
    CliRunner.Result r = CliRunner.withInput("In the U.S.\nA dog.\nin the U.S.\n", "tokenize",
        "--scheme", "ptb", "--lowercase");
    assertEquals(0, r.exitCode(), r.err());
    assertEquals("in the u.s. .\na dog .\nin the u.s.\n", r.stdout());
  }

  @Test
  void ptbEqualsCoreNlp4510OnTheProbeFile() throws IOException {
    Path probe = Path.of(System.getProperty("s2s4j.shared", "../../shared"),
        "fixtures/coco/tokenizer_probe.json");
    Assumptions.assumeTrue(Files.exists(probe), () -> "skipped: no " + probe.toAbsolutePath());
    StringBuilder in = new StringBuilder();
    StringBuilder expected = new StringBuilder();
    for (JsonNode c : new ObjectMapper().readTree(probe.toFile()).get("cases")) {
      in.append(c.get("raw").asText()).append('\n');
      expected.append(c.get("4.5.10_default_tokenizer_output").asText()).append('\n');
    }
    CliRunner.Result r = CliRunner.withInput(in.toString(), "tokenize", "--scheme", "ptb", "--lowercase");
    assertEquals(expected.toString(), r.stdout());
  }

  @Test
  void batchesKeepLineOrderAndCount() {
    StringBuilder in = new StringBuilder();
    StringBuilder expected = new StringBuilder();
    for (int i = 0; i < 1300; i++) {
      in.append("Line ").append(i).append(i % 7 == 0 ? "\n\n" : "\n");
      expected.append("line ").append(i).append(i % 7 == 0 ? "\n\n" : "\n");
    }
    CliRunner.Result r = CliRunner.withInput(in.toString(), "tokenize", "--scheme", "whitespace",
        "--lowercase");
    assertEquals(expected.toString(), r.stdout());
  }

  @Test
  void readsGzipFromStandardInput() throws IOException {
    ByteArrayOutputStream gz = new ByteArrayOutputStream();
    try (GZIPOutputStream z = new GZIPOutputStream(gz)) {
      z.write("A  b\tc\n".getBytes(StandardCharsets.UTF_8));
    }
    CliRunner.Result r = CliRunner.withInput(gz.toByteArray(), "tokenize", "--scheme", "whitespace");
    assertEquals(0, r.exitCode(), r.err());
    assertEquals("A b c\n", r.stdout());
  }

  @Test
  void unknownSchemeIsAUsageErrorListingTheValidOnes() {
    CliRunner.Result r = CliRunner.withInput("x\n", "tokenize", "--scheme", "nltk");
    assertEquals(S2s.EXIT_USAGE, r.exitCode());
    assertTrue(r.err().contains("unknown tokenization scheme 'nltk'; valid schemes: whitespace, char, moses"),
        r.err());
    assertEquals("", r.stdout());
  }

  @Test
  void languageWithoutAStemmerIsAUsageError() {
    CliRunner.Result r = CliRunner.withInput("x\n", "tokenize", "--scheme", "lucene-stem", "--lang", "xx");
    assertEquals(S2s.EXIT_USAGE, r.exitCode());
    assertTrue(r.err().contains("no Lucene stemmer for language 'xx'; languages with one: da, de"),
        r.err());
  }

  @Test
  void invalidUtf8NamesTheLine() {
    byte[] input = {'o', 'k', '\n', 'm', (byte) 0xe4, 'n', '\n'};
    CliRunner.Result r = CliRunner.withInput(input, "tokenize", "--scheme", "whitespace");
    assertEquals(S2s.EXIT_FAILURE, r.exitCode());
    assertEquals("s2s tokenize: error: <stdin>:2: invalid UTF-8 at byte 2 of the line\n",
        r.err());
    assertEquals("ok\n", r.stdout(), "lines before the bad one were already written");
  }

  @Test
  void detokenizeUndoesMoses() {
    CliRunner.Result r = CliRunner.withInput("a man &apos;s dog , isn &apos;t it ?\n",
        "detokenize", "--lang", "en");
    assertEquals(0, r.exitCode(), r.err());
    assertEquals("a man's dog, isn't it?\n", r.stdout());
  }
}
