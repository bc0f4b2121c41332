package org.s2s4j.seq2seq;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.Device;
import java.util.List;
import org.junit.jupiter.api.Test;

class DevicesTest {

  @Test
  void cpuIsOneDevice() {
    assertEquals(List.of(Device.cpu()), Devices.select("cpu", 1, 4, "MXNet"));
    String message = assertThrows(IllegalArgumentException.class, () -> Devices.select("cpu", 2, 4, "MXNet"))
        .getMessage();
    assertTrue(message.contains("the CPU is one device"), message);
  }

  @Test
  void gpuReturnsTheFirstNGpus() {
    assertEquals(List.of(Device.gpu(0), Device.gpu(1), Device.gpu(2)), Devices.select("GPU", 3, 4, "MXNet"));
  }

  @Test
  void tooFewGpusSaysHowManyThereAre() {
    String message = assertThrows(IllegalArgumentException.class, () -> Devices.select("gpu", 3, 2, "PyTorch"))
        .getMessage();
    assertTrue(message.contains("asked for 3 GPU(s) but the PyTorch engine sees 2"), message);
    String none = assertThrows(IllegalArgumentException.class, () -> Devices.select("gpu", 1, 0, "MXNet"))
        .getMessage();
    assertTrue(none.contains("sees 0 (no CUDA device"), none);
  }

  @Test
  void autoPrefersGpus() {
    assertEquals(List.of(Device.gpu(0), Device.gpu(1)), Devices.select("auto", 2, 2, "MXNet"));
    assertEquals(List.of(Device.cpu()), Devices.select("auto", 1, 0, "MXNet"));
    assertThrows(IllegalArgumentException.class, () -> Devices.select("auto", 2, 0, "MXNet"));
    assertThrows(IllegalArgumentException.class, () -> Devices.select("auto", 3, 2, "MXNet"));
  }

  @Test
  void rejectsFewerThanOneDeviceAndUnknownNames() {
    String message = assertThrows(IllegalArgumentException.class, () -> Devices.select("gpu", 0, 2, "MXNet"))
        .getMessage();
    assertTrue(message.contains("--devices must be >= 1, got 0"), message);
    String unknown = assertThrows(IllegalArgumentException.class, () -> Devices.select("tpu", 1, 2, "MXNet"))
        .getMessage();
    assertTrue(unknown.contains("valid choices: cpu, gpu, auto"), unknown);
  }

  @Test
  void djlHasOneCpuDevice() {
    // Why the data-parallel test repeats Device.cpu(): DJL maps every CPU index to the same device.
    assertEquals(Device.cpu(), Device.of("cpu", 1));
  }
}
