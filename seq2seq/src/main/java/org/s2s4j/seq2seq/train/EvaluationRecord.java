package org.s2s4j.seq2seq.train;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.io.IOException;

/**
 * One evaluation point of a run: at the end of an epoch, every {@code training.eval_every} steps,
 * or where training stopped. Jackson writes it with snake_case names, the one spelling of
 * {@code train.jsonl} lines, {@code metadata.json}'s history and {@code state.json}; a missing
 * dev BLEU (or CIDEr-D) is {@code null} there.
 *
 * @param epoch 1-based epoch the evaluation fell in
 * @param step global steps done
 * @param seconds training wall time so far (evaluations excluded)
 * @param trainLoss mean training loss per target token since the previous evaluation
 * @param devPerplexity teacher-forced dev perplexity
 * @param devBleu greedy dev BLEU (NaN when not scored)
 * @param epsilon scheduled-sampling eps at the last step
 * @param learningRate learning rate at the last step
 * @param tokensPerSecond training target tokens per second since the previous evaluation
 * @param rssMb resident memory of the process after a garbage collection, MiB
 * @param peakRssMb peak resident memory of the process so far, MiB
 * @param devCider CIDEr-D of the dev images' decoded captions, for a captioning run (NaN when
 *     not scored)
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record EvaluationRecord(
    int epoch,
    long step,
    double seconds,
    @JsonAlias("trainLoss") double trainLoss,
    @JsonAlias("devPerplexity") double devPerplexity,
    @JsonAlias("devBleu") @JsonSerialize(using = NanAsNull.class) @JsonDeserialize(using = NullAsNan.class)
    double devBleu,
    double epsilon,
    @JsonAlias("learningRate") double learningRate,
    @JsonAlias("tokensPerSecond") double tokensPerSecond,
    long rssMb,
    long peakRssMb,
    @JsonInclude(value = JsonInclude.Include.CUSTOM, valueFilter = NotANumber.class)
    @JsonDeserialize(using = NullAsNan.class)
    double devCider) {

  /** Leaves a NaN value out of the JSON (a translation run's lines have no {@code dev_cider}). */
  static final class NotANumber {
    @Override
    public boolean equals(Object value) {
      return value instanceof Double d && d.isNaN();
    }

    @Override
    public int hashCode() {
      return 0;
    }
  }

  /** Writes NaN as {@code null}. */
  static final class NanAsNull extends JsonSerializer<Double> {
    @Override
    public void serialize(Double value, JsonGenerator gen, SerializerProvider serializers) throws IOException {
      if (value == null || value.isNaN()) {
        gen.writeNull();
      } else {
        gen.writeNumber(value);
      }
    }
  }

  /** Reads {@code null} (or a missing value) as NaN. */
  static final class NullAsNan extends JsonDeserializer<Double> {
    @Override
    public Double deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      return p.getValueAsDouble(Double.NaN);
    }

    @Override
    public Double getNullValue(DeserializationContext ctxt) {
      return Double.NaN;
    }

    @Override
    public Object getAbsentValue(DeserializationContext ctxt) {
      return Double.NaN;
    }
  }
}
