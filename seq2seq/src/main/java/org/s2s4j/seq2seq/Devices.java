package org.s2s4j.seq2seq;

import ai.djl.Device;
import ai.djl.engine.Engine;
import java.util.Locale;

/** Engine and device selection from the command-line names, with clear errors. */
public final class Devices {

  private Devices() {}

  /** The DJL engine for "mxnet" or "pytorch". */
  public static Engine engine(String name) {
    String djlName = switch (name.toLowerCase(Locale.ROOT)) {
      case "mxnet" -> "MXNet";
      case "pytorch" -> "PyTorch";
      default -> throw new IllegalArgumentException("unknown engine '" + name + "'; valid choices: mxnet, pytorch");
    };
    if (!Engine.hasEngine(djlName)) {
      throw new IllegalArgumentException("engine " + name + " is not on the class path");
    }
    return Engine.getEngine(djlName);
  }

  /**
   * The device for "cpu", "gpu" or "auto" (a GPU if the engine sees one, else the CPU), checking
   * that {@code count} GPUs exist when GPUs are asked for. Only one device is used for training.
   */
  public static Device select(Engine engine, String device, int count) {
    if (count < 1) {
      throw new IllegalArgumentException("--devices must be >= 1, got " + count);
    }
    int gpus = engine.getGpuCount();
    return switch (device.toLowerCase(Locale.ROOT)) {
      case "cpu" -> {
        if (count > 1) {
          throw new IllegalArgumentException("--devices " + count + " needs --device gpu; the CPU is one device");
        }
        yield Device.cpu();
      }
      case "gpu" -> {
        if (gpus < count) {
          throw new IllegalArgumentException("--device gpu: asked for " + count + " GPU(s) but the "
              + engine.getEngineName() + " engine sees " + gpus + (gpus == 0
              ? " (no CUDA device or no CUDA build of the engine's native library; see README, GPU training)" : ""));
        }
        if (count > 1) {
          throw new IllegalArgumentException("--devices " + count + ": data-parallel training across GPUs is not "
              + "implemented yet; use --devices 1");
        }
        yield Device.gpu(0);
      }
      case "auto" -> gpus > 0 ? Device.gpu(0) : Device.cpu();
      default -> throw new IllegalArgumentException("unknown device '" + device + "'; valid choices: cpu, gpu, auto");
    };
  }
}
