package org.s2s4j.seq2seq.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class EvaluationRecordTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void writesSnakeCaseWithNullForAMissingBleuAndReadsItBack() throws Exception {
    EvaluationRecord r = new EvaluationRecord(2, 300, 12.5, 3.25, 20.5, Double.NaN, 0.75, 0.001, 1500, 700, 800, Double.NaN);
    String json = JSON.writeValueAsString(r);
    assertEquals("{\"epoch\":2,\"step\":300,\"seconds\":12.5,\"train_loss\":3.25,\"dev_perplexity\":20.5,"
        + "\"dev_bleu\":null,\"epsilon\":0.75,\"learning_rate\":0.001,\"tokens_per_second\":1500.0,"
        + "\"rss_mb\":700,\"peak_rss_mb\":800}", json);
    EvaluationRecord back = JSON.readValue(json, EvaluationRecord.class);
    assertTrue(Double.isNaN(back.devBleu()));
    assertEquals(r.toString(), back.toString());
    EvaluationRecord scored = new EvaluationRecord(2, 300, 12.5, 3.25, 20.5, 17.25, 0.75, 0.001, 1500, 700, 800, Double.NaN);
    assertEquals(scored, JSON.readValue(JSON.writeValueAsString(scored), EvaluationRecord.class));
  }

  @Test
  void readsTheCamelCaseOfOlderCheckpointsAndLogsWithoutMemoryOrBleu() throws Exception {
    EvaluationRecord old = JSON.readValue("{\"epoch\":1,\"step\":10,\"seconds\":1.0,\"trainLoss\":2.5,"
        + "\"devPerplexity\":9.0,\"devBleu\":\"NaN\",\"epsilon\":1.0,\"learningRate\":0.01,"
        + "\"tokensPerSecond\":100.0}", EvaluationRecord.class);
    assertEquals(2.5, old.trainLoss());
    assertEquals(9.0, old.devPerplexity());
    assertTrue(Double.isNaN(old.devBleu()));
    assertEquals(0.01, old.learningRate());
    assertEquals(100.0, old.tokensPerSecond());
    EvaluationRecord noBleu = JSON.readValue("{\"epoch\":1,\"step\":10,\"dev_perplexity\":9.0}",
        EvaluationRecord.class);
    assertTrue(Double.isNaN(noBleu.devBleu()));
  }
}
