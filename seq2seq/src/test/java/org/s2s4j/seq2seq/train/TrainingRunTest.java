package org.s2s4j.seq2seq.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrainingRunTest {

  @TempDir Path tmp;

  private Process child(Path runDir, String mode, long hangAt) throws Exception {
    List<String> cmd = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Dai.djl.offline=true", "-cp", System.getProperty("java.class.path"),
        ResumeChild.class.getName(), runDir.toString(), "MXNet", mode, Long.toString(hangAt)));
    ProcessBuilder pb = new ProcessBuilder(cmd).redirectError(tmp.resolve(mode + hangAt + ".err").toFile());
    pb.environment().put("OMP_NUM_THREADS", "2");
    return pb.start();
  }

  private static Map<String, NDArray> finalParams(Path runDir, NDManager m) throws Exception {
    Path latest = new Checkpoints(runDir).latest().orElseThrow();
    assertTrue(Checkpoints.readState(latest).training().finished(), "run did not finish: " + latest);
    assertEquals(ResumeChild.MAX_STEPS, Checkpoints.readState(latest).training().step());
    return TensorFile.read(latest.resolve(Checkpoints.PARAMS), m);
  }

  @Test
  void runKilledAfterACheckpointAndResumedEndsWithTheSameParameters() throws Exception {
    Path straight = tmp.resolve("straight");
    Path killed = tmp.resolve("killed");
    Process full = child(straight, "fresh", 0);
    // Killed with SIGKILL while hanging right after the checkpoint of step 8 (mid-epoch: 10 batches
    // per epoch, two steps after an evaluation), then resumed in a new JVM: it must continue with
    // the batch the uninterrupted run trained at step 9.
    Process victim = child(killed, "fresh", 8);
    try (BufferedReader out = new BufferedReader(new InputStreamReader(victim.getInputStream(),
        StandardCharsets.UTF_8))) {
      assertEquals("checkpoint 8", out.readLine(), () -> stderr("fresh8"));
    }
    victim.destroyForcibly().waitFor();
    assertEquals(0, full.waitFor(), () -> stderr("fresh0"));
    Checkpoints.SavedState atKill = Checkpoints.readState(new Checkpoints(killed).latest().orElseThrow());
    assertEquals(8, atKill.training().step());
    assertEquals(1, atKill.training().epoch());
    assertFalse(atKill.training().finished());
    Process resumed = child(killed, "resume", 0);
    assertTrue(resumed.waitFor(300, TimeUnit.SECONDS));
    assertEquals(0, resumed.exitValue(), () -> stderr("resume0"));

    try (NDManager m = Engine.getEngine("MXNet").newBaseManager()) {
      Map<String, NDArray> a = finalParams(straight, m);
      Map<String, NDArray> b = finalParams(killed, m);
      assertEquals(a.keySet(), b.keySet());
      float worst = 0;
      for (String name : a.keySet()) {
        worst = Math.max(worst, a.get(name).sub(b.get(name)).abs().max().getFloat());
      }
      assertTrue(worst <= 1e-5f, "max |diff| " + worst);
    }
    // The logs agree too: the same evaluations (every 6 steps, the one at step 6 before the kill),
    // with the same losses, perplexities, eps and learning rates; only timings and memory differ.
    List<EvaluationRecord> la = TrainingLog.read(straight.resolve(TrainingLog.FILE));
    List<EvaluationRecord> lb = TrainingLog.read(killed.resolve(TrainingLog.FILE));
    assertEquals(List.of(6L, 12L, 18L, 24L), la.stream().map(EvaluationRecord::step).toList());
    assertEquals(List.of(1, 2, 2, 3), la.stream().map(EvaluationRecord::epoch).toList());
    assertEquals(la.size(), lb.size());
    for (int i = 0; i < la.size(); i++) {
      EvaluationRecord a = la.get(i);
      EvaluationRecord b = lb.get(i);
      String at = "evaluation at step " + a.step();
      assertEquals(a.step(), b.step(), at);
      assertEquals(a.epoch(), b.epoch(), at);
      assertEquals(a.trainLoss(), b.trainLoss(), 1e-5 * a.trainLoss(), at);
      assertEquals(a.devPerplexity(), b.devPerplexity(), 1e-5 * a.devPerplexity(), at);
      assertEquals(a.epsilon(), b.epsilon(), 0.0, at);
      assertEquals(a.learningRate(), b.learningRate(), 0.0, at);
      assertTrue(Double.isNaN(a.devBleu()) && Double.isNaN(b.devBleu()), at);
    }
    // Only best + last 2 checkpoints are kept, and no temporary directory is left behind.
    try (var s = Files.list(straight.resolve("checkpoints"))) {
      List<String> names = s.map(p -> p.getFileName().toString()).sorted().toList();
      assertFalse(names.stream().anyMatch(n -> n.startsWith(".")), names.toString());
      assertTrue(names.stream().filter(n -> n.startsWith("step-")).count() <= 3, names.toString());
    }
    assertTrue(Files.exists(straight.resolve("loss.png")));
  }

  private String stderr(String name) {
    try {
      return Files.readString(tmp.resolve(name + ".err"));
    } catch (Exception e) {
      return "(no stderr)";
    }
  }

}
