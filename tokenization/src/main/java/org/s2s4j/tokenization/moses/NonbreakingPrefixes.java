package org.s2s4j.tokenization.moses;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.LoggerFactory;

/**
 * Words that, followed by a period, do not end a sentence (Moses' nonbreaking_prefix files,
 * shipped as resources for {@code en}, {@code de} and {@code fr}). Immutable.
 */
public final class NonbreakingPrefixes {

  private static final Pattern NUMERIC_ONLY = Pattern.compile("(.*)\\s+#NUMERIC_ONLY#.*");

  private final Map<String, Boolean> numericOnly;

  private NonbreakingPrefixes(Map<String, Boolean> numericOnly) {
    this.numericOnly = Collections.unmodifiableMap(numericOnly);
  }

  /** Whether there is a list for {@code lang}. */
  public static boolean has(String lang) {
    return NonbreakingPrefixes.class.getResource("nonbreaking_prefix." + lang) != null;
  }

  /** The list for {@code lang}; like Moses, the English list for a language without one. */
  public static NonbreakingPrefixes forLanguage(String lang) {
    if (!has(lang)) {
      LoggerFactory.getLogger(NonbreakingPrefixes.class)
          .warn("no non-breaking prefixes for language '{}'; using the English ones", lang);
      lang = "en";
    }
    Map<String, Boolean> map = new HashMap<>();
    try (InputStream in = NonbreakingPrefixes.class.getResourceAsStream("nonbreaking_prefix." + lang)) {
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (line.isEmpty() || line.startsWith("#")) {
          continue;
        }
        Matcher m = NUMERIC_ONLY.matcher(line);
        if (m.matches()) {
          map.put(m.group(1), true);
        } else {
          map.put(line, false);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the non-breaking prefixes of " + lang, e);
    }
    return new NonbreakingPrefixes(map);
  }

  /** {@code prefix} never ends a sentence. */
  boolean always(String prefix) {
    return Boolean.FALSE.equals(numericOnly.get(prefix));
  }

  /** {@code prefix} does not end a sentence when a number follows. */
  boolean beforeNumber(String prefix) {
    return Boolean.TRUE.equals(numericOnly.get(prefix));
  }
}
