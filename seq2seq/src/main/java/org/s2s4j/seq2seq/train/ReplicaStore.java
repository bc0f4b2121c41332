package org.s2s4j.seq2seq.train;

import ai.djl.Device;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.nn.Parameter;
import ai.djl.training.ParameterStore;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Copies of the parameters on one device for one data-parallel step, served to the model in place
 * of the parameters. Each copy is a detached leaf with its own gradient, so backward on this shard
 * leaves the parameters' gradients alone on both engines (PyTorch's {@code toDevice} to the same
 * device returns the array itself and would share its gradient). The copies live in the manager
 * given, which the step closes.
 */
final class ReplicaStore extends ParameterStore {

  private final Map<String, NDArray> copies = new HashMap<>();

  /** Copies {@code parameters} to {@code manager}'s device; call outside any gradient collector. */
  ReplicaStore(NDManager manager, List<Parameter> parameters) {
    super(manager, true);
    Device device = manager.getDevice();
    for (Parameter p : parameters) {
      NDArray value = p.getArray().stopGradient();
      value.attach(manager);
      NDArray copy = value.getDevice().equals(device) ? value.duplicate() : value.toDevice(device, true);
      copy.attach(manager);
      copy.setRequiresGradient(true);
      copies.put(p.getId(), copy);
    }
  }

  @Override
  public NDArray getValue(Parameter parameter, Device device, boolean training) {
    return parameter == null ? null : copies.get(parameter.getId());
  }

  /** The gradient of {@code parameter}'s copy after backward. */
  NDArray gradient(Parameter parameter) {
    return copies.get(parameter.getId()).getGradient();
  }
}
