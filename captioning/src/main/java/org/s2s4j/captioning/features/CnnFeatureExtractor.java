package org.s2s4j.captioning.features;

import ai.djl.Device;
import ai.djl.MalformedModelException;
import ai.djl.engine.Engine;
import ai.djl.inference.Predictor;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.repository.zoo.Criteria;
import ai.djl.repository.zoo.ModelNotFoundException;
import ai.djl.repository.zoo.ZooModel;
import ai.djl.translate.TranslateException;
import java.io.IOException;
import java.nio.FloatBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.s2s4j.corpora.features.ImageFeature;
import org.s2s4j.seq2seq.Devices;

/**
 * Runs a TorchScript CNN (e.g. {@code torch.jit.trace} of a torchvision ResNet) with DJL's PyTorch
 * engine on batches of {@code (B, 3, S, S)} float inputs and returns, per image, the chosen output
 * as an {@code (H, W, C)} grid and its mean over the H x W positions.
 *
 * <p>The intra-op thread count is the engine's ({@code -Dai.djl.pytorch.num_threads}, which the
 * {@code s2s} launcher sets). With one thread the results are bit-identical to PyTorch's. Not
 * thread-safe.
 */
public final class CnnFeatureExtractor implements AutoCloseable {

  /** One image's features. */
  public record Features(int height, int width, int channels, float[] gridHwc, float[] mean) {}

  private final ZooModel<NDList, NDList> model;
  private final Predictor<NDList, NDList> predictor;
  private final int outputIndex;
  private final Path file;

  private CnnFeatureExtractor(ZooModel<NDList, NDList> model, int outputIndex, Path file) {
    this.model = model;
    this.predictor = model.newPredictor();
    this.outputIndex = outputIndex;
    this.file = file;
  }

  /**
   * Loads a TorchScript model.
   *
   * @param device {@code cpu}, {@code gpu} or {@code auto}
   * @param outputIndex which output of the model is the grid (0 for a model with one output)
   */
  public static CnnFeatureExtractor load(Path file, String device, int outputIndex) throws IOException {
    if (!Files.isRegularFile(file)) {
      throw new IOException(file + ": no such model file");
    }
    if (outputIndex < 0) {
      throw new IllegalArgumentException("--output-index must be >= 0, got " + outputIndex);
    }
    Engine engine = Devices.engine("pytorch");
    Device chosen = Devices.select(engine, device, 1).get(0);
    Criteria<NDList, NDList> criteria = Criteria.builder()
        .setTypes(NDList.class, NDList.class)
        // The folder and the file's name: DJL finds NAME.pt there (a file path also works but logs
        // a warning on every load).
        .optModelPath(file.toAbsolutePath().getParent())
        .optModelName(stripPt(file.getFileName().toString()))
        .optEngine("PyTorch")
        .optDevice(chosen)
        .build();
    try {
      return new CnnFeatureExtractor(criteria.loadModel(), outputIndex, file);
    } catch (ModelNotFoundException | MalformedModelException | RuntimeException e) {
      throw new IOException(file + ": not a TorchScript model DJL's PyTorch engine can load: "
          + e.getMessage(), e);
    }
  }

  private static String stripPt(String name) {
    return name.endsWith(".pt") ? name.substring(0, name.length() - 3) : name;
  }

  /** Where the model was loaded from. */
  public Path file() {
    return file;
  }

  /**
   * Runs the CNN on {@code count} images whose {@code (3, size, size)} inputs lie one after the
   * other in {@code inputs}.
   *
   * @throws IOException naming the model when it fails or its chosen output is not
   *     {@code (B, C, H, W)}
   */
  public List<Features> run(float[] inputs, int count, int size) throws IOException {
    try (NDManager manager = model.getNDManager().newSubManager()) {
      NDArray x = manager.create(FloatBuffer.wrap(inputs, 0, count * 3 * size * size),
          new Shape(count, 3, size, size));
      NDList outputs;
      try {
        outputs = predictor.predict(new NDList(x));
      } catch (TranslateException | RuntimeException e) {
        throw new IOException(file + ": the model failed on a (" + count + ", 3, " + size + ", "
            + size + ") batch: " + e.getMessage(), e);
      }
      if (outputIndex >= outputs.size()) {
        throw new IOException(file + ": --output-index " + outputIndex + " but the model has "
            + outputs.size() + " output(s)");
      }
      NDArray grid = outputs.get(outputIndex);
      long[] shape = grid.getShape().getShape();
      if (shape.length != 4 || shape[0] != count) {
        throw new IOException(file + ": output " + outputIndex + " has shape " + Arrays.toString(shape)
            + "; a feature grid must be (B, C, H, W) with B = " + count);
      }
      int c = (int) shape[1];
      int h = (int) shape[2];
      int w = (int) shape[3];
      float[] values = grid.toType(DataType.FLOAT32, false).toFloatArray();
      List<Features> result = new ArrayList<>(count);
      int positions = h * w;
      for (int b = 0; b < count; b++) {
        float[] hwc = new float[positions * c];
        int base = b * c * positions;
        for (int ci = 0; ci < c; ci++) {
          for (int p = 0; p < positions; p++) {
            hwc[p * c + ci] = values[base + ci * positions + p];
          }
        }
        result.add(new Features(h, w, c, hwc, ImageFeature.meanOverPositions(hwc, positions, c)));
      }
      return result;
    }
  }

  @Override
  public void close() {
    predictor.close();
    model.close();
  }
}
