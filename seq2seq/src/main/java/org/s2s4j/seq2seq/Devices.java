package org.s2s4j.seq2seq;

import ai.djl.Device;
import ai.djl.engine.Engine;
import java.util.ArrayList;
import java.util.List;
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
   * The {@code count} devices to train on for "cpu", "gpu" or "auto" (GPUs if the engine sees
   * one, else the CPU): the CPU, or gpu(0) .. gpu(count - 1). The first one holds the parameters.
   */
  public static List<Device> select(Engine engine, String device, int count) {
    return select(device, count, engine.getGpuCount(), engine.getEngineName());
  }

  /** The decision of {@link #select(Engine, String, int)} when the engine sees {@code gpus} GPUs. */
  static List<Device> select(String device, int count, int gpus, String engineName) {
    if (count < 1) {
      throw new IllegalArgumentException("--devices must be >= 1, got " + count);
    }
    String kind = device.toLowerCase(Locale.ROOT);
    if (kind.equals("auto")) {
      kind = gpus > 0 ? "gpu" : "cpu";
    }
    return switch (kind) {
      case "cpu" -> {
        if (count > 1) {
          throw new IllegalArgumentException("--devices " + count + " needs GPUs (--device gpu); the CPU is one device");
        }
        yield List.of(Device.cpu());
      }
      case "gpu" -> {
        if (gpus < count) {
          throw new IllegalArgumentException("--device " + device + ": asked for " + count + " GPU(s) but the "
              + engineName + " engine sees " + gpus + (gpus == 0
              ? " (no CUDA device or no CUDA build of the engine's native library; see README, GPU training)" : ""));
        }
        List<Device> gpuList = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
          gpuList.add(Device.gpu(i));
        }
        yield List.copyOf(gpuList);
      }
      default -> throw new IllegalArgumentException("unknown device '" + device + "'; valid choices: cpu, gpu, auto");
    };
  }
}
