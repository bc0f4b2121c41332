package org.s2s4j.decoding.corpus;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/** How the translations of one input line are written. */
public enum OutputFormat {

  /** The best translation, one line per input line. */
  TEXT {
    @Override
    String format(long line, boolean truncated, List<Translation> translations) {
      return translations.get(0).text();
    }
  },

  /** Every translation of the n-best list as {@code LINE ||| TEXT ||| SCORE} (0-based line, Moses style). */
  NBEST {
    @Override
    String format(long line, boolean truncated, List<Translation> translations) {
      StringBuilder out = new StringBuilder();
      for (Translation t : translations) {
        if (out.length() > 0) {
          out.append('\n');
        }
        out.append(line - 1).append(" ||| ").append(t.text()).append(" ||| ").append(t.score());
      }
      return out.toString();
    }
  },

  /** One JSON object per input line: its number, whether it was truncated, its translations. */
  JSON {
    @Override
    String format(long line, boolean truncated, List<Translation> translations) {
      ObjectNode node = MAPPER.createObjectNode();
      node.put("line", line);
      node.put("truncated", truncated);
      ArrayNode list = node.putArray("translations");
      for (Translation t : translations) {
        list.addObject().put("text", t.text()).put("score", t.score())
            .put("logprob", t.logProb());
      }
      return node.toString();
    }
  };

  private static final ObjectMapper MAPPER = new ObjectMapper();

  /** The output for input line {@code line} (1-based), without a final newline. */
  abstract String format(long line, boolean truncated, List<Translation> translations);
}
